namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>What the caller asked for in <c>PageInfo</c> or the FetchXML paging attributes.</summary>
/// <param name="Count">Rows per page; 0 when not given.</param>
/// <param name="PageNumber">1-based page; 0 when not given.</param>
/// <param name="Cookie">The paging cookie from the previous page, if any.</param>
/// <param name="ReturnTotalRecordCount">True to return the total number of matching rows.</param>
internal sealed record PagingRequest(int Count, int PageNumber, string? Cookie, bool ReturnTotalRecordCount)
{
    /// <summary>No paging requested.</summary>
    public static PagingRequest None { get; } = new(0, 0, null, false);

    /// <summary>True when a page size, page number or cookie was given.</summary>
    public bool IsRequested => Count > 0 || PageNumber > 0 || !string.IsNullOrEmpty(Cookie);
}
