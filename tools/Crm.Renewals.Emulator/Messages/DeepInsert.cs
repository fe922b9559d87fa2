using System;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// Deep insert: the <c>RelatedEntities</c> of a created Target are created in the same call and
/// transaction, their lookup set from the relationship metadata. A related row the new row points at
/// (many-to-one) is created first; rows pointing at the new row (one-to-many) are created after it.
/// </summary>
internal static class DeepInsert
{
    public static void CreateReferencedRows(MessageOperation operation, TableSchema table, Entity target)
    {
        foreach (var related in target.RelatedEntities)
        {
            var relationship = Find(operation, related.Key, table);
            if (!RelationshipRoles.IsParentSide(relationship, table.LogicalName, related.Key))
            {
                if (related.Value.Entities.Count != 1)
                {
                    throw new OrganizationFaultException(
                        ErrorCodes.InvalidArgument,
                        "Deep insert through " + relationship.Name + " sets the single lookup '" + relationship.ReferencingColumn + "' of "
                        + table.LogicalName + ": give exactly one related " + relationship.ReferencedTable + ", not " + related.Value.Entities.Count + ".");
                }

                var id = CreateNested(operation, related.Value.Entities[0], relationship.ReferencedTable);
                target[relationship.ReferencingColumn] = new EntityReference(relationship.ReferencedTable, id);
            }
        }
    }

    public static void CreateReferencingRows(MessageOperation operation, TableSchema table, Guid id, Entity target)
    {
        foreach (var related in target.RelatedEntities)
        {
            var relationship = Find(operation, related.Key, table);
            if (RelationshipRoles.IsParentSide(relationship, table.LogicalName, related.Key))
            {
                foreach (var child in related.Value.Entities)
                {
                    child[relationship.ReferencingColumn] = new EntityReference(table.LogicalName, id);
                    CreateNested(operation, child, relationship.ReferencingTable);
                }
            }
        }
    }

    private static RelationshipModel Find(MessageOperation operation, Relationship relationship, TableSchema table)
    {
        var model = operation.Organization.Metadata.FindRelationship(relationship.SchemaName)
            ?? throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "Deep insert uses relationship '" + relationship.SchemaName + "', which does not exist; relationships of " + table.LogicalName + ": "
                + string.Join(", ", operation.Organization.Metadata.Relationships.Where(candidate => Involves(candidate, table)).Select(candidate => candidate.Name)) + ".");
        return Involves(model, table)
            ? model
            : throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "Relationship '" + model.Name + "' links " + model.ReferencedTable + " and " + model.ReferencingTable + ", not " + table.LogicalName + ".");
    }

    private static bool Involves(RelationshipModel relationship, TableSchema table) =>
        relationship.ReferencedTable == table.LogicalName || relationship.ReferencingTable == table.LogicalName;

    private static Guid CreateNested(MessageOperation operation, Entity related, string expectedTable)
    {
        if (!string.Equals(related.LogicalName, expectedTable, StringComparison.Ordinal))
        {
            throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "A related entity of deep insert is a '" + related.LogicalName + "', but the relationship expects '" + expectedTable + "'.");
        }

        var response = operation.Organization.Pipeline.Execute(new CreateRequest { Target = related }, operation.PlatformCaller());
        return (Guid)response.Results[ParameterNames.Id];
    }
}
