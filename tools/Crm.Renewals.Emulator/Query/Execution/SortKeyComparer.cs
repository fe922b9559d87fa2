using System.Collections.Generic;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>
/// Orders rows by their sort keys (SQL Server puts nulls first in ascending order, last in descending),
/// then by the ids of the root and each linked row, so that the order is total and paging is stable.
/// </summary>
internal sealed class SortKeyComparer(IReadOnlyList<SortKeyDefinition> orders) : IComparer<SortedRow>
{
    public int Compare(SortedRow? x, SortedRow? y)
    {
        var compared = CompareKeys(x!.Keys, y!.Keys);
        if (compared != 0)
        {
            return compared;
        }

        compared = x.RootId.CompareTo(y.RootId);
        for (var index = 0; compared == 0 && index < x.LinkIds.Length; index++)
        {
            compared = x.LinkIds[index].CompareTo(y.LinkIds[index]);
        }

        return compared;
    }

    /// <summary>Compares the order keys only (what a paging cookie records, with the root id).</summary>
    public int CompareKeys(ScalarKey?[] x, ScalarKey?[] y)
    {
        for (var index = 0; index < orders.Count; index++)
        {
            var compared = CompareNullable(x[index], y[index]);
            if (compared != 0)
            {
                return orders[index].Descending ? -compared : compared;
            }
        }

        return 0;
    }

    private static int CompareNullable(ScalarKey? x, ScalarKey? y)
    {
        if (x is not { } left)
        {
            return y is null ? 0 : -1;
        }

        return y is { } right ? ScalarKey.Compare(left, right) : 1;
    }
}
