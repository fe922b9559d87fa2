using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Constants;

/// <summary>
/// The tables the plugin code may name: the emulator's platform tables with the columns the solution adds
/// to them, plus the solution's own tables. Sorted by logical name so that output never depends on file order.
/// </summary>
internal static class ModelTables
{
    public static IReadOnlyList<TableModel> Merge(IReadOnlyList<TableModel> platformTables, IReadOnlyList<TableModel> solutionTables)
    {
        var merged = platformTables.ToDictionary(t => t.LogicalName, StringComparer.Ordinal);
        foreach (TableModel table in solutionTables)
        {
            merged[table.LogicalName] = merged.TryGetValue(table.LogicalName, out TableModel? platform) && table.IsPartial
                ? Extend(platform, table)
                : table;
        }

        return merged.Values.OrderBy(t => t.LogicalName, StringComparer.Ordinal).ToList();
    }

    private static TableModel Extend(TableModel platform, TableModel extension)
    {
        var columns = platform.Columns.ToDictionary(c => c.LogicalName, StringComparer.Ordinal);
        foreach (ColumnModel column in extension.Columns)
        {
            columns[column.LogicalName] = column;
        }

        var keys = platform.Keys.ToDictionary(k => k.LogicalName, StringComparer.Ordinal);
        foreach (AlternateKeyModel key in extension.Keys)
        {
            keys[key.LogicalName] = key;
        }

        return platform with { Columns = columns.Values.ToList(), Keys = keys.Values.ToList() };
    }
}
