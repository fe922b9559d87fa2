using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Aggregation;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Paging;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>Runs a bound query: collect and filter, aggregate or sort, de-duplicate, page, project.</summary>
internal static class QueryExecutor
{
    public static EntityCollection Execute(BoundQuery query)
    {
        PagingRules.Validate(query.Plan);
        var rows = new RowCollector(query).Collect();
        if (query.Aggregate is { } aggregate)
        {
            return OffsetPage(query, Aggregator.Run(aggregate, query.Root.LogicalName, rows));
        }

        var comparer = new SortKeyComparer(query.Orders);
        var sorted = RowSorter.Sort(query, rows);
        if (query.Plan.Distinct)
        {
            return OffsetPage(query, DistinctResults.Of(sorted.Select(row => ResultProjector.Project(query, row.Row))));
        }

        var slice = Pager.SliceRows(query, sorted, comparer);
        var page = sorted.GetRange(slice.Start, slice.Count).Select(row => ResultProjector.Project(query, row.Row)).ToList();
        var collection = Collection(query, page, slice, sorted.Count);
        collection.PagingCookie = Pager.NextCookie(query, sorted, slice);
        return collection;
    }

    private static EntityCollection OffsetPage(BoundQuery query, List<Entity> results)
    {
        var slice = Pager.SliceResults(query.Plan, results.Count);
        return Collection(query, results.GetRange(slice.Start, slice.Count), slice, results.Count);
    }

    private static EntityCollection Collection(BoundQuery query, List<Entity> page, PageSlice slice, int total)
    {
        var requested = query.Plan.Paging.ReturnTotalRecordCount;
        return new EntityCollection(page)
        {
            EntityName = query.Root.LogicalName,
            MoreRecords = slice.MoreRecords,

            // Dataverse answers -1 when the count was not asked for, and counts no further than 5,000.
            TotalRecordCount = requested ? System.Math.Min(total, PagingRules.TotalRecordCountLimit) : -1,
            TotalRecordCountLimitExceeded = requested && total > PagingRules.TotalRecordCountLimit,
        };
    }
}
