using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>
/// Groups the filtered joined rows and computes the aggregates. Each group becomes an entity of the
/// root table, without id, whose attributes are <see cref="AliasedValue"/>s under the aliases.
/// </summary>
internal static class Aggregator
{
    public static List<Entity> Run(AggregateSpec spec, string rootTable, IReadOnlyList<Entity?[]> rows)
    {
        if (rows.Count > spec.RowLimit)
        {
            throw QueryFaults.AggregateLimit(spec.RowLimit);
        }

        var groupColumns = spec.Columns.Where(column => column.IsGroupBy).ToArray();
        var groups = new Dictionary<GroupKey, AggregateGroup>();
        var order = new List<AggregateGroup>();
        foreach (var row in rows)
        {
            var key = new GroupKey(groupColumns.Select(column => GroupValue(column, row)).ToArray());
            if (!groups.TryGetValue(key, out var group))
            {
                group = new AggregateGroup(row, spec);
                groups.Add(key, group);
                order.Add(group);
            }

            group.Add(row);
        }

        // Without group-by an aggregate always has one row, even over no rows (count = 0).
        if (order.Count == 0 && groupColumns.Length == 0)
        {
            order.Add(new AggregateGroup(null, spec));
        }

        var results = order.Select(group => group.ToEntity(rootTable)).ToList();
        results.Sort(new AggregateResultComparer(spec.Orders, groupColumns.Select(column => column.Alias).ToArray()));
        return results;
    }

    private static ScalarKey? GroupValue(AggregateColumn column, Entity?[] row)
    {
        var raw = RawValue(column, row);
        if (!ValueReader.TryRead(raw, out var key))
        {
            return null;
        }

        return column.DateGrouping is { } grouping ? ScalarKey.FromNumber(DateGroups.Of(grouping, key.DateTime)) : key;
    }

    /// <summary>The stored value of an aggregate column in a joined row, or null.</summary>
    public static object? RawValue(AggregateColumn column, Entity?[]? row) =>
        row?[column.Scope.Slot] is { } entity && entity.Attributes.TryGetValue(column.Column.LogicalName, out var value) ? value : null;
}
