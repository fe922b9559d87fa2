using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Execution;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Paging;

/// <summary>
/// Chooses the page: the first rows for top, otherwise the requested page, which starts right after the
/// paging cookie's last row when the cookie is for the previous page (Dataverse ignores a cookie for any
/// other page) and at (page - 1) × size otherwise.
/// </summary>
internal static class Pager
{
    public static PageSlice SliceRows(BoundQuery query, List<SortedRow> rows, SortKeyComparer comparer)
    {
        var paging = query.Plan.Paging;
        if (query.Plan.Top is { } top)
        {
            return PageSlice.From(0, top, rows.Count) with { MoreRecords = false };
        }

        var size = PagingRules.PageSize(paging);
        var page = PagingRules.PageNumber(paging);
        if (query.SupportsPagingCookie && !string.IsNullOrEmpty(paging.Cookie))
        {
            var cookie = PagingCookie.Parse(paging.Cookie, query.Orders, query.Root.Table.PrimaryIdColumn);
            if (cookie.Page == page - 1)
            {
                return PageSlice.From(FirstAfter(rows, cookie, comparer), size, rows.Count);
            }
        }

        return PageSlice.From(SimpleOffset(page, size), size, rows.Count);
    }

    /// <summary>Offset paging for results a cookie can't locate (aggregates, distinct rows).</summary>
    public static PageSlice SliceResults(QueryPlan plan, int total)
    {
        if (plan.Top is { } top)
        {
            return PageSlice.From(0, top, total) with { MoreRecords = false };
        }

        var size = PagingRules.PageSize(plan.Paging);
        return PageSlice.From(SimpleOffset(PagingRules.PageNumber(plan.Paging), size), size, total);
    }

    /// <summary>The cookie for the page just returned; null when the query has no cookie paging or the page is empty.</summary>
    public static string? NextCookie(BoundQuery query, List<SortedRow> rows, PageSlice slice)
    {
        if (!query.SupportsPagingCookie || slice.Count == 0)
        {
            return null;
        }

        var primaryId = query.Root.Table.PrimaryIdColumn;
        return PagingCookie.Format(
            PagingRules.PageNumber(query.Plan.Paging),
            query.Orders,
            primaryId,
            CookieKeys(rows[slice.Start], primaryId),
            CookieKeys(rows[slice.Start + slice.Count - 1], primaryId));
    }

    private static ScalarKey?[] CookieKeys(SortedRow row, string primaryId) =>
        row.Keys.Append(ScalarKey.FromGuid(PrimaryIds.Of(row.Row[0]!, primaryId))).ToArray();

    /// <summary>
    /// The offset of a page located by number alone. Dataverse refuses to page past 50,000 rows that way:
    /// beyond it only the paging cookie of the previous page can continue.
    /// </summary>
    private static int SimpleOffset(int page, int size)
    {
        var end = (long)page * size;
        if (end > PagingRules.MaxRowsWithoutCookie)
        {
            throw QueryFaults.PagingWithoutCookieBeyondLimit(page, size, PagingRules.MaxRowsWithoutCookie);
        }

        return (int)((long)(page - 1) * size);
    }

    /// <summary>The index of the first row after the cookie's row (binary search over the sorted rows).</summary>
    private static int FirstAfter(List<SortedRow> rows, PagingCookie cookie, SortKeyComparer comparer)
    {
        var orderKeys = cookie.LastKeys[..^1];
        var lastId = cookie.LastKeys[^1] is { } id ? SqlGuidKey.From(id.Guid) : default;
        var (low, high) = (0, rows.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var compared = comparer.CompareKeys(rows[middle].Keys, orderKeys);
            if (compared == 0)
            {
                compared = rows[middle].RootId.CompareTo(lastId);
            }

            if (compared <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
