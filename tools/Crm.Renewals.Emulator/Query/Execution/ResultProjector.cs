using System;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>
/// Builds the entity returned for a joined row: copies of the requested values only (nulls left out),
/// link-entity columns as <see cref="AliasedValue"/>s, and the root's id (unless the query is distinct).
/// </summary>
internal static class ResultProjector
{
    public static Entity Project(BoundQuery query, Entity?[] row)
    {
        var root = row[query.Root.Slot]!;
        var primaryIdColumn = query.Root.Table.PrimaryIdColumn;
        var includeId = !query.Plan.Distinct;
        var result = new Entity(query.Root.LogicalName, includeId ? PrimaryIds.Of(root, primaryIdColumn) : Guid.Empty);
        foreach (var projection in query.Projections)
        {
            if (row[projection.Scope.Slot] is not { } source)
            {
                continue;
            }

            if (projection.AllColumns)
            {
                foreach (var (attribute, value) in source.Attributes)
                {
                    Set(result, projection.KeyFor(attribute), value, aliased: !projection.Scope.IsRoot, projection.Scope, attribute);
                }

                continue;
            }

            foreach (var column in projection.Columns)
            {
                if (source.Attributes.TryGetValue(column.Attribute, out var value))
                {
                    Set(result, column.Key, value, column.Aliased, projection.Scope, column.Attribute);
                }
            }
        }

        if (includeId)
        {
            result.Attributes[primaryIdColumn] = result.Id;
        }

        return result;
    }

    private static void Set(Entity result, string key, object? value, bool aliased, EntityScope scope, string attribute)
    {
        if (value is null)
        {
            return;
        }

        var copy = ValueCloner.Clone(value);
        result.Attributes[key] = aliased ? new AliasedValue(scope.LogicalName, attribute, copy) : copy;
    }
}
