using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// SetState: a specialized update of statecode and statuscode (status -1 means the state's default),
/// performed as the platform's own Update, whose steps fire too.
/// </summary>
internal sealed class SetStateMessage : CoreMessage
{
    /// <summary>The status value that asks for the state's default status reason.</summary>
    public const int DefaultStatus = -1;

    public override string Name => MessageNames.SetState;

    public override OrganizationResponse CreateResponse() => new SetStateResponse();

    public override void Prepare(MessageOperation operation)
    {
        var moniker = Required<EntityReference>(operation, ParameterNames.EntityMoniker);
        Required<OptionSetValue>(operation, ParameterNames.State);
        Required<OptionSetValue>(operation, ParameterNames.Status);
        var table = operation.Organization.Metadata.Schema(moniker.LogicalName);
        if (table.State is null)
        {
            throw new OrganizationFaultException(ErrorCodes.InvalidArgument, "Table '" + table.LogicalName + "' has no statecode; SetState does not apply to it.");
        }

        operation.PrimaryEntityName = table.LogicalName;
        operation.PrimaryEntityId = TargetResolver.ExistingId(operation, table, moniker.Id, moniker.KeyAttributes);
    }

    public override void Execute(MessageOperation operation)
    {
        var table = operation.Organization.Metadata.Schema(operation.PrimaryEntityName);
        var state = Required<OptionSetValue>(operation, ParameterNames.State).Value;
        var status = Required<OptionSetValue>(operation, ParameterNames.Status).Value;
        if (status == DefaultStatus)
        {
            status = table.DefaultStatusOf(state) ?? throw ValidationFaults.InvalidStatus(table.LogicalName, operation.PrimaryEntityId, status, state);
        }

        var update = new Entity(table.LogicalName, operation.PrimaryEntityId)
        {
            [SystemColumns.StateCode] = new OptionSetValue(state),
            [SystemColumns.StatusCode] = new OptionSetValue(status),
        };
        operation.Organization.Pipeline.Execute(new UpdateRequest { Target = update }, operation.PlatformCaller());
    }
}
