using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Registration;

/// <summary>
/// One plugin step as it is registered in Dataverse. The declarations in
/// <see cref="PluginRegistrations"/> are the single source from which the Solution step
/// files are generated and from which the organization emulator wires its pipeline.
/// </summary>
public sealed class StepRegistration
{
    /// <summary>Creates a step declaration.</summary>
    /// <param name="id">Stable id of the step (<c>SdkMessageProcessingStepId</c>).</param>
    /// <param name="pluginType">The class implementing the step.</param>
    /// <param name="message">Message name as Dataverse knows it (<c>Create</c>, <c>Update</c>, <c>Win</c>, ...).</param>
    /// <param name="primaryEntity">Logical name of the table, or empty for a message not bound to one.</param>
    /// <param name="stage">Pipeline stage.</param>
    /// <param name="mode">Synchronous or asynchronous.</param>
    /// <param name="rank">Execution order within the stage (lower first).</param>
    public StepRegistration(Guid id, Type pluginType, string message, string primaryEntity, PipelineStage stage, ExecutionMode mode = ExecutionMode.Synchronous, int rank = 1)
    {
        Id = id;
        PluginType = pluginType ?? throw new ArgumentNullException(nameof(pluginType));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        PrimaryEntity = primaryEntity ?? throw new ArgumentNullException(nameof(primaryEntity));
        Stage = stage;
        Mode = mode;
        Rank = rank;
    }

    /// <summary>Stable id of the step.</summary>
    public Guid Id { get; }

    /// <summary>The class implementing the step.</summary>
    public Type PluginType { get; }

    /// <summary>Message name as Dataverse knows it.</summary>
    public string Message { get; }

    /// <summary>Logical name of the table, or empty.</summary>
    public string PrimaryEntity { get; }

    /// <summary>Pipeline stage.</summary>
    public PipelineStage Stage { get; }

    /// <summary>Synchronous or asynchronous.</summary>
    public ExecutionMode Mode { get; }

    /// <summary>Execution order within the stage.</summary>
    public int Rank { get; }

    /// <summary>For Update: the step runs only when one of these columns is in the Target. Empty means any.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();

    /// <summary>Images the step receives.</summary>
    public IReadOnlyList<StepImage> Images { get; init; } = Array.Empty<StepImage>();

    /// <summary>Unsecure configuration passed to the plugin's constructor, if any.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>The name Dataverse shows for the step, e.g. <c>Ns.Plugin: Update of account</c>.</summary>
    public string Name => PluginType.FullName + ": " + Message + (PrimaryEntity.Length == 0 ? string.Empty : " of " + PrimaryEntity);
}
