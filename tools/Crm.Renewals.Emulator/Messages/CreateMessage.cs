using System;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// Create: stores the Target (and, by deep insert, its related entities in the same transaction), then
/// adds the id and the platform-set columns to the Target, as PostOperation steps see it.
/// </summary>
internal sealed class CreateMessage : CoreMessage
{
    private static readonly string[] PlatformColumns =
    [
        SystemColumns.CreatedOn, SystemColumns.CreatedBy, SystemColumns.ModifiedOn, SystemColumns.ModifiedBy,
        SystemColumns.OwnerId, SystemColumns.OwningBusinessUnit, SystemColumns.StateCode, SystemColumns.StatusCode,
    ];

    public override string Name => MessageNames.Create;

    public override OrganizationResponse CreateResponse() => new CreateResponse();

    public override void Prepare(MessageOperation operation)
    {
        var target = Required<Entity>(operation, ParameterNames.Target);
        var table = operation.Organization.Metadata.Schema(target.LogicalName);
        ColumnValues.CheckTypes(table, target);
        operation.PrimaryEntityName = table.LogicalName;
        operation.PrimaryEntityId = target.Id;
    }

    public override void Execute(MessageOperation operation)
    {
        var organization = operation.Organization;
        var target = Required<Entity>(operation, ParameterNames.Target);
        var table = organization.Metadata.Schema(target.LogicalName);
        var id = target.Id != Guid.Empty ? target.Id
            : target.Attributes.TryGetValue(table.PrimaryIdColumn, out var given) && given is Guid fromColumn ? fromColumn
            : Guid.NewGuid();
        organization.Store.LockRow(table.LogicalName, id);
        if (organization.Store.Find(table.LogicalName, id) is not null)
        {
            throw new OrganizationFaultException(
                ErrorCodes.DuplicateRecord,
                "Cannot insert duplicate key: a " + table.LogicalName + " with id " + id.ToString("D") + " already exists.");
        }

        DeepInsert.CreateReferencedRows(operation, table, target);
        var row = organization.Writer.Create(table, target, id, operation.UserId, keepPlatformColumns: false);
        target.Id = id;
        target[table.PrimaryIdColumn] = id;
        foreach (var column in PlatformColumns)
        {
            if (row.Attributes.TryGetValue(column, out var value))
            {
                target[column] = EntityCloner.CloneValue(value)!;
            }
        }

        operation.PrimaryEntityId = id;
        operation.OutputParameters[ParameterNames.Id] = id;
        DeepInsert.CreateReferencingRows(operation, table, id, target);
    }
}
