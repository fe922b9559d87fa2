using System;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>What one execution reads besides the query: the data source, and the clock and caller captured once.</summary>
internal sealed class QueryContext
{
    public QueryContext(IQueryDataSource source)
    {
        Source = source;
        UtcNow = Values.UtcDates.ToUtc(source.UtcNow);
        CallerId = source.CallerId;
    }

    public IQueryDataSource Source { get; }

    /// <summary>The emulator clock, read once so every relative-date condition of the query agrees.</summary>
    public DateTime UtcNow { get; }

    public Guid CallerId { get; }
}
