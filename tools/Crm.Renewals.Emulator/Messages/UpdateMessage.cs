using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// Update: writes only the columns present in the Target (by id or alternate key), then adds the
/// platform-maintained columns (modifiedon, modifiedby, a derived state or status) to the Target.
/// A Target with state columns and other columns is split into two passes (see <see cref="SplitTargets"/>).
/// </summary>
internal sealed class UpdateMessage : CoreMessage
{
    private static readonly string[] PlatformColumns = [SystemColumns.ModifiedOn, SystemColumns.ModifiedBy, SystemColumns.StateCode, SystemColumns.StatusCode];

    public override string Name => MessageNames.Update;

    public override OrganizationResponse CreateResponse() => new UpdateResponse();

    public override void Prepare(MessageOperation operation)
    {
        var target = Required<Entity>(operation, ParameterNames.Target);
        var table = operation.Organization.Metadata.Schema(target.LogicalName);
        if (target.RelatedEntities.Count > 0)
        {
            // Deep insert exists for Create only; Dataverse refuses related rows on Update rather than ignoring them.
            throw new OrganizationFaultException(
                ErrorCodes.NotSupported,
                "Update of " + table.LogicalName + " carries related rows (" + string.Join(", ", target.RelatedEntities.Keys.Select(r => r.SchemaName))
                + "): related entities are supported by Create only. Create or update each related row with its own request.");
        }

        ColumnValues.CheckTypes(table, target);
        target.Id = TargetResolver.ExistingId(operation, table, target.Id, target.KeyAttributes);
        operation.PrimaryEntityName = table.LogicalName;
        operation.PrimaryEntityId = target.Id;
    }

    /// <summary>
    /// A Target with statecode or statuscode and other columns runs as two passes, the other columns
    /// first and then the state and status columns, as the platform does. A new owner is taken out of the Target
    /// (PreValidation saw it) and applied by the platform's own Assign, whose steps fire, once the columns are written.
    /// </summary>
    public override IReadOnlyList<Entity> SplitTargets(MessageOperation operation)
    {
        var target = Required<Entity>(operation, ParameterNames.Target);
        if (target.GetAttributeValue<EntityReference>(SystemColumns.OwnerId) is { } owner && operation.Caller.Parent?.MessageName != MessageNames.Assign
            && operation.Organization.Store.Find(operation.PrimaryEntityName, operation.PrimaryEntityId)?.GetAttributeValue<EntityReference>(SystemColumns.OwnerId)?.Id != owner.Id)
        {
            target.Attributes.Remove(SystemColumns.OwnerId);
            operation.DeferredAssignee = owner;
        }

        return UpdateTargetSplitter.Split(target, operation.Organization.Metadata.Schema(operation.PrimaryEntityName).PrimaryIdColumn);
    }

    public override void Execute(MessageOperation operation)
    {
        var target = Required<Entity>(operation, ParameterNames.Target);
        var table = operation.Organization.Metadata.Schema(operation.PrimaryEntityName);
        // Locked before it is read, so the columns merged in are those of the last committed version.
        operation.Organization.Store.LockRow(table.LogicalName, operation.PrimaryEntityId);
        var existing = operation.Organization.Store.Find(table.LogicalName, operation.PrimaryEntityId)
            ?? throw ValidationFaults.MissingRecord(table.LogicalName, operation.PrimaryEntityId);
        var touchesState = target.Contains(SystemColumns.StateCode) || target.Contains(SystemColumns.StatusCode);
        var row = operation.Organization.Writer.Update(table, existing, target, operation.UserId);
        foreach (var column in PlatformColumns)
        {
            var isState = column is SystemColumns.StateCode or SystemColumns.StatusCode;
            if ((!isState || touchesState) && row.Attributes.TryGetValue(column, out var value))
            {
                target[column] = EntityCloner.CloneValue(value)!;
            }
        }

        if (operation.DeferredAssignee is { } assignee)
        {
            operation.DeferredAssignee = null;
            operation.Organization.Pipeline.Execute(
                new AssignRequest { Target = new EntityReference(table.LogicalName, operation.PrimaryEntityId), Assignee = assignee }, operation.PlatformCaller());
        }
    }
}
