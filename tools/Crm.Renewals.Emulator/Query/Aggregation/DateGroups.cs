using System;
using System.Globalization;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>The number a <c>dategrouping</c> groups a UTC date on, as Dataverse returns it.</summary>
internal static class DateGroups
{
    private const int MonthsPerQuarter = 3;

    public static int Of(DateGrouping grouping, DateTime value)
    {
        var utc = UtcDates.ToUtc(value);
        return grouping switch
        {
            DateGrouping.Day => utc.Day,
            DateGrouping.Week => CultureInfo.InvariantCulture.Calendar.GetWeekOfYear(utc, CalendarWeekRule.FirstDay, DayOfWeek.Sunday),
            DateGrouping.Month => utc.Month,
            DateGrouping.Quarter => ((utc.Month - 1) / MonthsPerQuarter) + 1,
            _ => utc.Year,
        };
    }
}
