using System;
using System.Collections.Generic;

namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>
/// One plugin step as declared in <c>PluginRegistrations.Steps</c>, reduced to plain values so that the
/// generator needs no reference to the plugin assembly (and tests can declare steps of fake types).
/// </summary>
public sealed record StepDeclaration
{
    /// <summary>Stable <c>SdkMessageProcessingStepId</c>.</summary>
    public required Guid Id { get; init; }

    /// <summary>Namespace-qualified name of the plugin class.</summary>
    public required string PluginTypeFullName { get; init; }

    /// <summary>Message name, e.g. <c>Update</c>.</summary>
    public required string Message { get; init; }

    /// <summary>Logical name of the table, or empty for a message without one.</summary>
    public required string PrimaryEntity { get; init; }

    /// <summary>10, 20 or 40 (the values Dataverse stores).</summary>
    public required int Stage { get; init; }

    /// <summary>0 synchronous, 1 asynchronous.</summary>
    public int Mode { get; init; }

    /// <summary>Execution order within the stage.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Columns whose change triggers an Update step; empty means any.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = [];

    /// <summary>Images the step receives.</summary>
    public IReadOnlyList<StepImageDeclaration> Images { get; init; } = [];

    /// <summary>Unsecure configuration passed to the plugin's constructor, if any.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>The name Dataverse shows, e.g. <c>Ns.Plugin: Update of account</c>.</summary>
    public string Name => PluginTypeFullName + ": " + Message + (PrimaryEntity.Length == 0 ? string.Empty : " of " + PrimaryEntity);
}
