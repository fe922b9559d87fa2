using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which page of results a query returns; zeros mean the platform's defaults.</summary>
public sealed class PagingInfo : IExtensibleDataObject
{
    /// <summary>Creates paging with every value at its default.</summary>
    public PagingInfo()
    {
    }

    /// <summary>Gets or sets the page size.</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the one-based page number.</summary>
    public int PageNumber { get; set; }

    /// <summary>Gets or sets the cookie of the previous page, for fast paging.</summary>
    public string PagingCookie { get; set; }

    /// <summary>Gets or sets whether the total record count is returned.</summary>
    public bool ReturnTotalRecordCount { get; set; }
}
