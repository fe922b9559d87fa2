using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>Which side of a one-to-many relationship a row of a table stands on in a request.</summary>
internal static class RelationshipRoles
{
    /// <summary>
    /// True when a row of <paramref name="table"/> is the parent (referenced) side. For a self-referencing
    /// relationship the request's <see cref="Relationship.PrimaryEntityRole"/> decides; without it the row is the parent.
    /// </summary>
    public static bool IsParentSide(RelationshipModel relationship, string table, Relationship request) =>
        relationship.ReferencedTable == table
        && (relationship.ReferencingTable != table || request.PrimaryEntityRole != EntityRole.Referencing);
}
