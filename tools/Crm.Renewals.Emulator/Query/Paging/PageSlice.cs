namespace Crm.Renewals.Emulator.Query.Paging;

/// <summary>The part of the ordered results one page returns.</summary>
/// <param name="Start">Index of the page's first row.</param>
/// <param name="Count">Rows on the page.</param>
/// <param name="MoreRecords">True when rows follow the page.</param>
internal sealed record PageSlice(int Start, int Count, bool MoreRecords)
{
    /// <summary>Slices <paramref name="total"/> rows from <paramref name="start"/>, at most <paramref name="size"/>.</summary>
    public static PageSlice From(int start, int size, int total)
    {
        var begin = start < total ? start : total;
        var count = total - begin < size ? total - begin : size;
        return new PageSlice(begin, count, begin + count < total);
    }
}
