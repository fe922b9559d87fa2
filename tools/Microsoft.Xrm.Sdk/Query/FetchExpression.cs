namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query written in FetchXML.</summary>
public sealed class FetchExpression : QueryBase
{
    /// <summary>Creates an empty FetchXML query.</summary>
    public FetchExpression()
    {
    }

    /// <summary>Creates a FetchXML query.</summary>
    /// <param name="query">The FetchXML text.</param>
    public FetchExpression(string query)
    {
        Query = query;
    }

    /// <summary>Gets or sets the FetchXML text.</summary>
    public string Query { get; set; }
}
