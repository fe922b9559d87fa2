using System;
using Crm.Renewals.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// The execution context one step receives. The parameter collections are shared with the other
/// steps of the same operation (so a PreOperation change to <c>Target</c> reaches the core operation);
/// the images belong to the step.
/// </summary>
internal sealed class PluginExecutionContext : IPluginExecutionContext
{
    /// <summary><c>IsolationMode</c> 2: sandbox, where the solution's plugin assembly is registered.</summary>
    private const int SandboxIsolation = 2;

    public Guid BusinessUnitId { get; init; }

    public Guid CorrelationId { get; init; }

    public int Depth { get; init; }

    public Guid InitiatingUserId { get; init; }

    public ParameterCollection InputParameters { get; init; } = new();

    public bool IsExecutingOffline => false;

    public bool IsInTransaction { get; init; }

    public bool IsOfflinePlayback => false;

    public int IsolationMode => SandboxIsolation;

    public string MessageName { get; init; } = string.Empty;

    public int Mode { get; init; }

    public DateTime OperationCreatedOn { get; init; }

    public Guid OperationId { get; init; }

    public Guid OrganizationId { get; init; }

    public string OrganizationName { get; init; } = string.Empty;

    public ParameterCollection OutputParameters { get; init; } = new();

    public EntityReference? OwningExtension { get; init; }

    public EntityImageCollection PostEntityImages { get; init; } = new();

    public EntityImageCollection PreEntityImages { get; init; } = new();

    public Guid PrimaryEntityId { get; init; }

    public string PrimaryEntityName { get; init; } = string.Empty;

    public Guid? RequestId { get; init; }

    public string SecondaryEntityName { get; init; } = PlatformTables.None;

    public ParameterCollection SharedVariables { get; init; } = new();

    public Guid UserId { get; init; }

    public IPluginExecutionContext? ParentContext { get; init; }

    public int Stage { get; init; }
}
