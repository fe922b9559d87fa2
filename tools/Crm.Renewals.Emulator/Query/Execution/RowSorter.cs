using System.Collections.Generic;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>Sorts the matched rows by the query's orders, falling back to id order as Dataverse does.</summary>
internal static class RowSorter
{
    public static List<SortedRow> Sort(BoundQuery query, List<Entity?[]> rows)
    {
        var reader = new SortKeyReader(query.Context);
        var scopes = query.Scopes.All;
        var sorted = new List<SortedRow>(rows.Count);
        foreach (var row in rows)
        {
            var keys = query.Orders.Count == 0 ? [] : new ScalarKey?[query.Orders.Count];
            for (var index = 0; index < keys.Length; index++)
            {
                keys[index] = reader.Read(query.Orders[index], row);
            }

            var linkIds = row.Length == 1 ? [] : new SqlGuidKey[row.Length - 1];
            for (var slot = 1; slot < row.Length; slot++)
            {
                linkIds[slot - 1] = Id(row[slot], scopes[slot]);
            }

            sorted.Add(new SortedRow(row, keys, Id(row[0], scopes[0]), linkIds));
        }

        sorted.Sort(new SortKeyComparer(query.Orders));
        return sorted;
    }

    private static SqlGuidKey Id(Entity? row, EntityScope scope) =>
        row is null ? default : SqlGuidKey.From(PrimaryIds.Of(row, scope.Table.PrimaryIdColumn));
}
