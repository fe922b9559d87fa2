using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.Paging;

/// <summary>Dataverse's limits on page size, page number and top.</summary>
internal static class PagingRules
{
    /// <summary>The default and largest page, and the largest top.</summary>
    public const int MaxPageSize = 5_000;

    /// <summary>Rows reachable by page number and size without a paging cookie.</summary>
    public const int MaxRowsWithoutCookie = 50_000;

    /// <summary>TotalRecordCount counts no further than this (then TotalRecordCountLimitExceeded is set).</summary>
    public const int TotalRecordCountLimit = 5_000;

    public static void Validate(QueryPlan plan)
    {
        var paging = plan.Paging;
        if (plan.Top is { } top)
        {
            if (paging.IsRequested)
            {
                throw QueryFaults.TopWithPaging();
            }

            if (top is < 1 or > MaxPageSize)
            {
                throw QueryFaults.OutOfRange("The top / TopCount value", top, MaxPageSize);
            }
        }

        if (paging.Count < 0)
        {
            throw QueryFaults.OutOfRange("The page size (PageInfo.Count / count)", paging.Count, MaxPageSize);
        }

        if (paging.PageNumber < 0)
        {
            throw QueryFaults.OutOfRange("The page number (PageInfo.PageNumber / page)", paging.PageNumber, int.MaxValue);
        }
    }

    /// <summary>Rows per page: the requested count, capped at 5,000 like Dataverse; 5,000 when none.</summary>
    public static int PageSize(PagingRequest paging) => paging.Count is > 0 and <= MaxPageSize ? paging.Count : MaxPageSize;

    /// <summary>The 1-based page; page 0 (not set) is the first page.</summary>
    public static int PageNumber(PagingRequest paging) => paging.PageNumber < 1 ? 1 : paging.PageNumber;
}
