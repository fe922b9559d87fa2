using System;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// The UTC range each relative-date operator means at a given moment. Days start at 00:00 UTC and
/// weeks on Sunday. "Last X" runs from the start of the day X units ago to now, "next X" from now to the
/// end of the day X units ahead; for date-only columns "now" is widened to the whole of today, so that a
/// date-only value of today counts as both. "Older than X" is strictly before now minus X.
/// </summary>
internal static class RelativeDateRanges
{
    private const int DaysPerWeek = 7;

    /// <summary>The range for an operator without a value (today, this-month...); null when the operator is not one.</summary>
    public static ValueRange? Fixed(ConditionOperator conditionOperator, DateTime now, bool dateOnly)
    {
        var today = now.Date;
        var week = today.AddDays(-(int)today.DayOfWeek);
        var month = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var year = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return conditionOperator switch
        {
            ConditionOperator.Today => Days(today, 1),
            ConditionOperator.Yesterday => Days(today.AddDays(-1), 1),
            ConditionOperator.Tomorrow => Days(today.AddDays(1), 1),
            ConditionOperator.Last7Days => Last(today.AddDays(-DaysPerWeek), now, dateOnly),
            ConditionOperator.Next7Days => Next(now, today.AddDays(DaysPerWeek + 1), dateOnly),
            ConditionOperator.ThisWeek => Days(week, DaysPerWeek),
            ConditionOperator.LastWeek => Days(week.AddDays(-DaysPerWeek), DaysPerWeek),
            ConditionOperator.NextWeek => Days(week.AddDays(DaysPerWeek), DaysPerWeek),
            ConditionOperator.ThisMonth => Span(month, month.AddMonths(1)),
            ConditionOperator.LastMonth => Span(month.AddMonths(-1), month),
            ConditionOperator.NextMonth => Span(month.AddMonths(1), month.AddMonths(2)),
            ConditionOperator.ThisYear => Span(year, year.AddYears(1)),
            ConditionOperator.LastYear => Span(year.AddYears(-1), year),
            ConditionOperator.NextYear => Span(year.AddYears(1), year.AddYears(2)),
            _ => null,
        };
    }

    /// <summary>True for the operators that take a count X (last-x-days, olderthan-x-months...).</summary>
    public static bool TakesCount(ConditionOperator conditionOperator) => conditionOperator is
        ConditionOperator.LastXHours or ConditionOperator.NextXHours or ConditionOperator.LastXDays or ConditionOperator.NextXDays
        or ConditionOperator.LastXWeeks or ConditionOperator.NextXWeeks or ConditionOperator.LastXMonths or ConditionOperator.NextXMonths
        or ConditionOperator.LastXYears or ConditionOperator.NextXYears or ConditionOperator.OlderThanXMinutes
        or ConditionOperator.OlderThanXHours or ConditionOperator.OlderThanXDays or ConditionOperator.OlderThanXWeeks
        or ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears;

    /// <summary>The range for an operator taking a count X (last-x-days...); null when the operator is not one.</summary>
    public static ValueRange? WithCount(ConditionOperator conditionOperator, int count, DateTime now, bool dateOnly)
    {
        var today = now.Date;
        return conditionOperator switch
        {
            ConditionOperator.LastXHours => Last(now.AddHours(-count), now, dateOnly: false),
            ConditionOperator.NextXHours => Next(now, now.AddHours(count), dateOnly: false, inclusiveEnd: true),
            ConditionOperator.LastXDays => Last(today.AddDays(-count), now, dateOnly),
            ConditionOperator.NextXDays => Next(now, today.AddDays(count + 1), dateOnly),
            ConditionOperator.LastXWeeks => Last(today.AddDays(-count * DaysPerWeek), now, dateOnly),
            ConditionOperator.NextXWeeks => Next(now, today.AddDays((count * DaysPerWeek) + 1), dateOnly),
            ConditionOperator.LastXMonths => Last(today.AddMonths(-count), now, dateOnly),
            ConditionOperator.NextXMonths => Next(now, today.AddMonths(count).AddDays(1), dateOnly),
            ConditionOperator.LastXYears => Last(today.AddYears(-count), now, dateOnly),
            ConditionOperator.NextXYears => Next(now, today.AddYears(count).AddDays(1), dateOnly),
            ConditionOperator.OlderThanXMinutes => Before(now.AddMinutes(-count)),
            ConditionOperator.OlderThanXHours => Before(now.AddHours(-count)),
            ConditionOperator.OlderThanXDays => Before(now.AddDays(-count)),
            ConditionOperator.OlderThanXWeeks => Before(now.AddDays(-count * DaysPerWeek)),
            ConditionOperator.OlderThanXMonths => Before(now.AddMonths(-count)),
            ConditionOperator.OlderThanXYears => Before(now.AddYears(-count)),
            _ => null,
        };
    }

    /// <summary>The range for on / on-or-before / on-or-after / not-on a given date; null when the operator is not one.</summary>
    public static ValueRange? OnDate(ConditionOperator conditionOperator, DateTime date)
    {
        var day = date.Date;
        return conditionOperator switch
        {
            ConditionOperator.On or ConditionOperator.NotOn => Days(day, 1),
            ConditionOperator.OnOrBefore => ValueRange.HalfOpen(null, Key(day.AddDays(1))),
            ConditionOperator.OnOrAfter => ValueRange.HalfOpen(Key(day), null),
            _ => null,
        };
    }

    private static ValueRange Days(DateTime start, int days) => Span(start, start.AddDays(days));

    private static ValueRange Span(DateTime start, DateTime end) => ValueRange.HalfOpen(Key(start), Key(end));

    private static ValueRange Last(DateTime start, DateTime now, bool dateOnly) => dateOnly
        ? ValueRange.HalfOpen(Key(start), Key(now.Date.AddDays(1)))
        : new ValueRange(Key(start), true, Key(now), true);

    private static ValueRange Next(DateTime now, DateTime end, bool dateOnly, bool inclusiveEnd = false) =>
        new(Key(dateOnly ? now.Date : now), true, Key(end), inclusiveEnd);

    private static ValueRange Before(DateTime end) => ValueRange.HalfOpen(null, Key(end));

    private static ScalarKey Key(DateTime value) => ScalarKey.FromDateTime(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
