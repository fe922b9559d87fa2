using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Validation;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// Delete, with the relationships' cascade rules: Restrict refuses while child rows exist, Cascade
/// deletes them (through the pipeline), RemoveLink clears their lookup (through the pipeline).
/// </summary>
internal sealed class DeleteMessage : CoreMessage
{
    private const string Cascade = "Cascade";
    private const string Restrict = "Restrict";
    private const string RemoveLink = "RemoveLink";

    public override string Name => MessageNames.Delete;

    public override OrganizationResponse CreateResponse() => new DeleteResponse();

    public override void Prepare(MessageOperation operation)
    {
        var target = Required<EntityReference>(operation, ParameterNames.Target);
        var table = operation.Organization.Metadata.Schema(target.LogicalName);
        operation.PrimaryEntityName = table.LogicalName;
        operation.PrimaryEntityId = TargetResolver.ExistingId(operation, table, target.Id, target.KeyAttributes);
        target.Id = operation.PrimaryEntityId;
    }

    public override void Execute(MessageOperation operation)
    {
        var organization = operation.Organization;
        var table = operation.PrimaryEntityName;
        var id = operation.PrimaryEntityId;
        organization.Store.LockRow(table, id);
        if (organization.Store.Find(table, id) is null)
        {
            throw ValidationFaults.MissingRecord(table, id);
        }

        var relationships = organization.Metadata.RelationshipsReferencing(table).ToArray();
        foreach (var relationship in relationships.Where(relationship => relationship.CascadeDelete == Restrict))
        {
            if (Children(operation, relationship, id).Any())
            {
                throw new OrganizationFaultException(
                    ErrorCodes.CannotDeleteDueToAssociation,
                    "The object you tried to delete is associated with another object and cannot be deleted: " + relationship.ReferencingTable
                    + " rows refer to this " + table + " through " + relationship.Name + " (Restrict).");
            }
        }

        foreach (var relationship in relationships.Where(relationship => relationship.CascadeDelete is Cascade or RemoveLink))
        {
            foreach (var child in Children(operation, relationship, id).ToArray())
            {
                if (organization.Store.Find(child.LogicalName, child.Id) is null)
                {
                    continue; // already removed by an earlier cascade
                }

                OrganizationRequest request = relationship.CascadeDelete == Cascade
                    ? new DeleteRequest { Target = new EntityReference(child.LogicalName, child.Id) }
                    : new UpdateRequest { Target = new Entity(child.LogicalName, child.Id) { [relationship.ReferencingColumn] = null } };
                organization.Pipeline.Execute(request, operation.PlatformCaller());
            }
        }

        organization.Store.Remove(table, id);
    }

    private static IEnumerable<Entity> Children(MessageOperation operation, RelationshipModel relationship, Guid id) =>
        operation.Organization.Store.Rows(relationship.ReferencingTable).Where(row =>
            row.Id != id
            && row.Attributes.TryGetValue(relationship.ReferencingColumn, out var value)
            && value is EntityReference reference
            && reference.Id == id
            && reference.LogicalName == relationship.ReferencedTable);
}
