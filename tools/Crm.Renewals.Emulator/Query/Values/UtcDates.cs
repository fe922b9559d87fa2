using System;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>How the engine reads DateTimes: Dataverse stores UTC, so every value is brought to UTC.</summary>
internal static class UtcDates
{
    /// <summary>
    /// Local times are converted; Unspecified is taken as UTC, because the emulator's users work in UTC
    /// and stored values are already UTC.
    /// </summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
