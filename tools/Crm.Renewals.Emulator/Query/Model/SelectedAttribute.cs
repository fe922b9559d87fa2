namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>One requested column, with the FetchXML alias and aggregate settings it may carry.</summary>
internal sealed record SelectedAttribute(string Name)
{
    /// <summary>FetchXML <c>alias</c>: the key the value is returned under.</summary>
    public string? Alias { get; init; }

    /// <summary>FetchXML <c>aggregate</c>, for aggregate queries.</summary>
    public AggregateFunction? Aggregate { get; init; }

    /// <summary>FetchXML <c>groupby="true"</c>.</summary>
    public bool GroupBy { get; init; }

    /// <summary>FetchXML <c>dategrouping</c> on a group-by date column.</summary>
    public DateGrouping? DateGrouping { get; init; }

    /// <summary>FetchXML <c>distinct="true"</c> on a <c>countcolumn</c> aggregate.</summary>
    public bool DistinctValues { get; init; }
}
