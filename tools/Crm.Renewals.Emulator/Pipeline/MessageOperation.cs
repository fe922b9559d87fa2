using System;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// One message travelling through the pipeline: its parameters (shared by every step, so changes made
/// at PreValidation and PreOperation reach the core operation), identities, images and variables.
/// </summary>
internal sealed class MessageOperation
{
    private const int PreValidation = (int)PipelineStage.PreValidation;
    private const int MainOperation = (int)PipelineStage.MainOperation;

    private ParameterCollection? preValidationVariables;
    private ParameterCollection? sharedVariables;
    private PluginExecutionContext? preValidationContext;
    private PluginExecutionContext? coreContext;

    public MessageOperation(EmulatedOrganization organization, OrganizationRequest request, CoreMessage core, CallerContext caller, Guid correlationId, Guid businessUnitId)
    {
        Organization = organization;
        Request = request;
        MessageName = core.Name;
        Caller = caller;
        BusinessUnitId = businessUnitId;
        InputParameters = new ParameterCollection();
        foreach (var parameter in request.Parameters)
        {
            InputParameters[parameter.Key] = EntityCloner.CloneValue(parameter.Value)!;
        }

        CorrelationId = correlationId;
        OperationId = Guid.NewGuid();
        OperationCreatedOn = organization.Clock.UtcNow;
    }

    public EmulatedOrganization Organization { get; }

    public OrganizationRequest Request { get; }

    public string MessageName { get; }

    public CallerContext Caller { get; }

    public ParameterCollection InputParameters { get; }

    public ParameterCollection OutputParameters { get; } = new();

    public string PrimaryEntityName { get; set; } = PlatformTables.None;

    public Guid PrimaryEntityId { get; set; }

    public Guid UserId => Caller.UserId;

    public Guid InitiatingUserId => Caller.InitiatingUserId;

    public Guid BusinessUnitId { get; }

    public Guid CorrelationId { get; }

    public Guid OperationId { get; }

    public int Depth => Caller.Depth;

    public DateTime OperationCreatedOn { get; }

    /// <summary>The row before the operation, for pre-images (the stored instance: read, never change).</summary>
    public Entity? PreImageSource { get; set; }

    /// <summary>The row after the core operation, for post-images (the stored instance).</summary>
    public Entity? PostImageSource { get; set; }

    /// <summary>The <c>Target</c> entity, when the message has one.</summary>
    public Entity? TargetEntity => InputParameters.TryGetValue<Entity>(ParameterNames.Target, out var target) ? target : null;

    /// <summary>
    /// SharedVariables of PreValidation steps. For Create, Update and Delete they are their own collection, reached
    /// from later stages through <c>ParentContext</c> as documented; for every other message all stages share one.
    /// </summary>
    public ParameterCollection PreValidationVariables =>
        preValidationVariables ??= MessageName is MessageNames.Create or MessageNames.Update or MessageNames.Delete ? new ParameterCollection() : SharedVariables;

    /// <summary>
    /// The new owner an Update carried, taken out of its Target after PreValidation: the platform performs the owner
    /// change as Assign (its own pipeline), as "Behavior of specialized update operations" describes.
    /// </summary>
    public EntityReference? DeferredAssignee { get; set; }

    /// <summary>SharedVariables of PreOperation, MainOperation and PostOperation steps.</summary>
    public ParameterCollection SharedVariables => sharedVariables ??= new ParameterCollection();

    /// <summary>The PreValidation context: the <c>ParentContext</c> of the in-transaction stages, as documented.</summary>
    public PluginExecutionContext PreValidationContext =>
        preValidationContext ??= CreateContext(PreValidation, PreValidationVariables, Caller.Parent, isInTransaction: Organization.Transactions.IsActive, owningExtension: null);

    /// <summary>The context of the core operation: parent of the platform's own nested calls.</summary>
    public PluginExecutionContext CoreContext =>
        coreContext ??= CreateContext(MainOperation, SharedVariables, PreValidationContext, isInTransaction: true, owningExtension: null);

    /// <summary>The context for one step execution at <paramref name="stage"/>.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="owningExtension">The step.</param>
    /// <param name="preImages">Its pre-images.</param>
    /// <param name="postImages">Its post-images.</param>
    /// <param name="runAsUserId">The user the step is registered to run as (<c>ImpersonatingUserId</c>), or null for the calling user.</param>
    public PluginExecutionContext ContextFor(int stage, EntityReference owningExtension, EntityImageCollection preImages, EntityImageCollection postImages, Guid? runAsUserId = null) =>
        stage == PreValidation
            ? CreateContext(stage, PreValidationVariables, Caller.Parent, Organization.Transactions.IsActive, owningExtension, preImages, postImages, runAsUserId)
            : CreateContext(stage, SharedVariables, PreValidationContext, isInTransaction: true, owningExtension, preImages, postImages, runAsUserId);

    /// <summary>A caller for the platform's own nested operations (same depth, same correlation).</summary>
    public CallerContext PlatformCaller() => CallerContext.Platform(UserId, InitiatingUserId, Depth, CorrelationId, CoreContext, Caller.ImpersonatorId);

    private PluginExecutionContext CreateContext(
        int stage,
        ParameterCollection variables,
        PluginExecutionContext? parent,
        bool isInTransaction,
        EntityReference? owningExtension,
        EntityImageCollection? preImages = null,
        EntityImageCollection? postImages = null,
        Guid? runAsUserId = null) => new()
        {
            BusinessUnitId = BusinessUnitId,
            CorrelationId = CorrelationId,
            Depth = Depth,
            InitiatingUserId = InitiatingUserId,
            InputParameters = InputParameters,
            IsInTransaction = isInTransaction,
            MessageName = MessageName,
            OperationCreatedOn = OperationCreatedOn,
            OperationId = OperationId,
            OrganizationId = Organization.Identities.OrganizationId,
            OrganizationName = Organization.Identities.OrganizationName,
            OutputParameters = OutputParameters,
            OwningExtension = owningExtension,
            PreEntityImages = preImages ?? new EntityImageCollection(),
            PostEntityImages = postImages ?? new EntityImageCollection(),
            PrimaryEntityId = PrimaryEntityId,
            PrimaryEntityName = PrimaryEntityName,
            RequestId = Request.RequestId,
            SharedVariables = variables,
            UserId = runAsUserId ?? UserId,
            ParentContext = parent,
            Stage = stage,
        };
}
