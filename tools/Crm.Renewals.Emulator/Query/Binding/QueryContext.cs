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
        TimeZone = source.TimeZone;
        LocalNow = DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, TimeZone), DateTimeKind.Utc);
    }

    /// <summary>The caller's time zone.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The clock in the caller's time zone (kind Utc so the range arithmetic treats it as a plain wall time).</summary>
    public DateTime LocalNow { get; }

    /// <summary>The UTC instant of a wall time in the caller's time zone.</summary>
    public DateTime ToUtc(DateTime localWallTime) =>
        TimeZone == TimeZoneInfo.Utc ? localWallTime : DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(localWallTime, DateTimeKind.Unspecified), TimeZone), DateTimeKind.Utc);

    public IQueryDataSource Source { get; }

    /// <summary>The emulator clock, read once so every relative-date condition of the query agrees.</summary>
    public DateTime UtcNow { get; }

    public Guid CallerId { get; }
}
