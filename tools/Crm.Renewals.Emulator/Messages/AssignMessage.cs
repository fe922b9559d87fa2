using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>Assign: a specialized update of ownerid, performed as the platform's own Update.</summary>
internal sealed class AssignMessage : CoreMessage
{
    public override string Name => MessageNames.Assign;

    public override OrganizationResponse CreateResponse() => new AssignResponse();

    public override void Prepare(MessageOperation operation)
    {
        var target = Required<EntityReference>(operation, ParameterNames.Target);
        Required<EntityReference>(operation, ParameterNames.Assignee);
        var table = operation.Organization.Metadata.Schema(target.LogicalName);
        if (!table.IsUserOwned)
        {
            throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "Table '" + table.LogicalName + "' is " + table.Model.OwnershipType + "; only user- or team-owned rows can be assigned.");
        }

        operation.PrimaryEntityName = table.LogicalName;
        operation.PrimaryEntityId = TargetResolver.ExistingId(operation, table, target.Id, target.KeyAttributes);
    }

    public override void Execute(MessageOperation operation)
    {
        var assignee = Required<EntityReference>(operation, ParameterNames.Assignee);
        var update = new Entity(operation.PrimaryEntityName, operation.PrimaryEntityId)
        {
            [SystemColumns.OwnerId] = new EntityReference(assignee.LogicalName, assignee.Id),
        };
        operation.Organization.Pipeline.Execute(new UpdateRequest { Target = update }, operation.PlatformCaller());
    }
}
