using System;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Store;
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

    /// <summary>
    /// A copy sharing nothing a plugin can change: parameters (<c>Target</c> included), shared variables
    /// and images are deep copies. The parent context, if any, is shared.
    /// </summary>
    public PluginExecutionContext Copy() => new()
    {
        BusinessUnitId = BusinessUnitId,
        CorrelationId = CorrelationId,
        Depth = Depth,
        InitiatingUserId = InitiatingUserId,
        InputParameters = Copy(InputParameters),
        IsInTransaction = IsInTransaction,
        MessageName = MessageName,
        Mode = Mode,
        OperationCreatedOn = OperationCreatedOn,
        OperationId = OperationId,
        OrganizationId = OrganizationId,
        OrganizationName = OrganizationName,
        OutputParameters = Copy(OutputParameters),
        OwningExtension = OwningExtension is null ? null : EntityCloner.CloneReference(OwningExtension),
        PreEntityImages = Copy(PreEntityImages),
        PostEntityImages = Copy(PostEntityImages),
        PrimaryEntityId = PrimaryEntityId,
        PrimaryEntityName = PrimaryEntityName,
        RequestId = RequestId,
        SecondaryEntityName = SecondaryEntityName,
        SharedVariables = Copy(SharedVariables),
        UserId = UserId,
        ParentContext = ParentContext,
        Stage = Stage,
    };

    private static ParameterCollection Copy(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var parameter in source)
        {
            copy[parameter.Key] = EntityCloner.CloneValue(parameter.Value)!;
        }

        return copy;
    }

    private static EntityImageCollection Copy(EntityImageCollection source)
    {
        var copy = new EntityImageCollection();
        foreach (var image in source)
        {
            copy[image.Key] = EntityCloner.Clone(image.Value);
        }

        return copy;
    }
}
