using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.CustomApis;

/// <summary>
/// A Custom API of the solution, called by its unique name: parameters checked against the definition,
/// a bound API's Target checked against its table, the implementing plugin run at stage 30, and the
/// response properties it set checked before PostOperation steps see them.
/// </summary>
internal sealed class CustomApiMessage : CoreMessage
{
    private const int BoundToEntity = 1;
    private const int BoundToEntityCollection = 2;
    private const string PluginTypeTable = "plugintype";

    private readonly CustomApiModel api;

    public CustomApiMessage(CustomApiModel api) => this.api = api;

    public override string Name => api.UniqueName;

    public override void Prepare(MessageOperation operation)
    {
        CustomApiParameters.ValidateRequest(api, operation.InputParameters);
        if (api.BindingType == BoundToEntity)
        {
            var table = operation.Organization.Metadata.Schema(api.BoundEntityLogicalName ?? string.Empty);
            var target = operation.InputParameters.TryGetValue<EntityReference>(ParameterNames.Target, out var reference) ? reference : null;
            if (target is null || target.LogicalName != table.LogicalName)
            {
                throw new OrganizationFaultException(
                    ErrorCodes.InvalidArgument,
                    "Custom API " + api.UniqueName + " is bound to " + table.LogicalName + ": its 'Target' parameter must be an EntityReference to a " + table.LogicalName + ".");
            }

            operation.PrimaryEntityName = table.LogicalName;
            operation.PrimaryEntityId = TargetResolver.ExistingId(operation, table, target.Id, target.KeyAttributes);
        }
        else if (api.BindingType == BoundToEntityCollection)
        {
            operation.PrimaryEntityName = operation.Organization.Metadata.Schema(api.BoundEntityLogicalName ?? string.Empty).LogicalName;
            Required<EntityCollection>(operation, ParameterNames.Target);
        }
        else
        {
            operation.PrimaryEntityName = PlatformTables.None;
        }
    }

    public override void Execute(MessageOperation operation)
    {
        var organization = operation.Organization;
        if (!organization.CustomApiImplementations.TryGetValue(api.UniqueName, out var implementation))
        {
            throw new OrganizationFaultException(
                ErrorCodes.NotSupported,
                "Custom API " + api.UniqueName + " has no implementation registered in this organization. Call org.RegisterCustomApi(new CustomApiBinding(\""
                + api.UniqueName + "\", typeof(YourPlugin))) or register the solution's plugins.");
        }

        var context = operation.ContextFor((int)PipelineStage.MainOperation, new EntityReference(PluginTypeTable, api.PluginTypeId ?? System.Guid.Empty) { Name = implementation.PluginType.FullName }, new EntityImageCollection(), new EntityImageCollection());
        organization.StepRunner.Execute(implementation.PluginType, api.UniqueName + " (main operation)", () => implementation.Plugin, context, ExecutionMode.Synchronous, new TraceCollector());
        CustomApiParameters.ValidateResponse(api, operation.OutputParameters);
    }
}
