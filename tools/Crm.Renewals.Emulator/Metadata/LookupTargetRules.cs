using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Metadata;

/// <summary>
/// Decides which tables a lookup column may point at: the targets the metadata states, else the
/// relationships whose referencing column it is, else the platform's fixed rules for owner,
/// customer and the system lookups every table carries.
/// </summary>
internal static class LookupTargetRules
{
    private static readonly string[] OwnerTargets = [PlatformTables.SystemUser, PlatformTables.Team];
    private static readonly string[] CustomerTargets = [PlatformTables.Account, PlatformTables.Contact];

    private static readonly Dictionary<string, string> SystemLookups = new(StringComparer.Ordinal)
    {
        [SystemColumns.CreatedBy] = PlatformTables.SystemUser,
        [SystemColumns.ModifiedBy] = PlatformTables.SystemUser,
        ["createdonbehalfby"] = PlatformTables.SystemUser,
        ["modifiedonbehalfby"] = PlatformTables.SystemUser,
        [SystemColumns.OwningUser] = PlatformTables.SystemUser,
        [SystemColumns.OwningTeam] = PlatformTables.Team,
        [SystemColumns.OwningBusinessUnit] = PlatformTables.BusinessUnit,
    };

    /// <summary>Resolves the targets of every lookup column of <paramref name="table"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Resolve(TableModel table, IReadOnlyList<RelationshipModel> relationships)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var column in table.Columns.Where(IsReference))
        {
            result[column.LogicalName] = TargetsOf(table.LogicalName, column, relationships);
        }

        return result;
    }

    private static bool IsReference(ColumnModel column) =>
        column.Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner;

    private static IReadOnlyList<string> TargetsOf(string table, ColumnModel column, IReadOnlyList<RelationshipModel> relationships)
    {
        if (column.LookupTargets.Count > 0)
        {
            return column.LookupTargets;
        }

        var fromRelationships = relationships
            .Where(relationship => string.Equals(relationship.ReferencingTable, table, StringComparison.Ordinal)
                && string.Equals(relationship.ReferencingColumn, column.LogicalName, StringComparison.Ordinal))
            .Select(relationship => relationship.ReferencedTable)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (fromRelationships.Length > 0)
        {
            return fromRelationships;
        }

        return column.Type switch
        {
            ColumnType.Owner => OwnerTargets,
            ColumnType.Customer => CustomerTargets,
            _ => SystemLookups.TryGetValue(column.LogicalName, out var target) ? [target] : [],
        };
    }
}
