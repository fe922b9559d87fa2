using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>Retrieve by id or alternate key, returning a copy limited to the requested columns.</summary>
internal sealed class RetrieveMessage : CoreMessage
{
    public override string Name => MessageNames.Retrieve;


    public override OrganizationResponse CreateResponse() => new RetrieveResponse();

    public override void Prepare(MessageOperation operation)
    {
        var target = Required<EntityReference>(operation, ParameterNames.Target);
        Required<ColumnSet>(operation, ParameterNames.ColumnSet);
        var table = operation.Organization.Metadata.Schema(target.LogicalName);
        operation.PrimaryEntityName = table.LogicalName;
        operation.PrimaryEntityId = TargetResolver.ExistingId(operation, table, target.Id, target.KeyAttributes);
    }

    public override void Execute(MessageOperation operation)
    {
        var table = operation.Organization.Metadata.Schema(operation.PrimaryEntityName);
        var row = operation.Organization.Store.Find(table.LogicalName, operation.PrimaryEntityId)
            ?? throw ValidationFaults.MissingRecord(table.LogicalName, operation.PrimaryEntityId);
        operation.OutputParameters[ParameterNames.Entity] = RecordReader.Project(table, row, Required<ColumnSet>(operation, ParameterNames.ColumnSet));
    }
}
