using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Metadata;

/// <summary>
/// Lays the solution over the platform definitions: a solution table that extends a platform table
/// adds its columns and keys to the platform's; a custom table is taken as it is.
/// </summary>
internal static class MetadataMerger
{
    public static IReadOnlyList<TableModel> MergeTables(IReadOnlyList<TableModel> platform, IReadOnlyList<TableModel> solution)
    {
        var merged = platform.ToDictionary(table => table.LogicalName, StringComparer.Ordinal);
        foreach (var table in solution)
        {
            merged[table.LogicalName] = merged.TryGetValue(table.LogicalName, out var platformTable)
                ? Extend(platformTable, table)
                : RequireDefinition(table);
        }

        return merged.Values.ToArray();
    }

    public static IReadOnlyList<RelationshipModel> MergeRelationships(IReadOnlyList<RelationshipModel> platform, IReadOnlyList<RelationshipModel> solution)
    {
        var solutionNames = new HashSet<string>(solution.Select(relationship => relationship.Name), StringComparer.OrdinalIgnoreCase);
        return platform.Where(relationship => !solutionNames.Contains(relationship.Name)).Concat(solution).ToArray();
    }

    private static TableModel Extend(TableModel platformTable, TableModel extension)
    {
        // A platform column the solution file repeats (as exports of system tables do) keeps the
        // platform's full definition; the solution's own columns are added.
        var columns = platformTable.Columns.ToDictionary(column => column.LogicalName, StringComparer.Ordinal);
        foreach (var column in extension.Columns.Where(column => column.IsCustom || !columns.ContainsKey(column.LogicalName)))
        {
            columns[column.LogicalName] = column;
        }

        var keys = platformTable.Keys
            .Concat(extension.Keys.Where(key => platformTable.Keys.All(existing => !string.Equals(existing.LogicalName, key.LogicalName, StringComparison.Ordinal))))
            .ToArray();
        return platformTable with { Columns = columns.Values.ToArray(), Keys = keys };
    }

    private static TableModel RequireDefinition(TableModel table)
    {
        if (!table.IsPartial)
        {
            return table;
        }

        throw new InvalidOperationException(
            "Table '" + table.LogicalName + "' extends a platform table the emulator does not define. Add its definition as "
            + "tools/Crm.Renewals.Emulator/Metadata/Platform/Entities/" + table.SchemaName + "/Entity.xml (and its lookups' relationships under Metadata/Platform/Relationships).");
    }
}
