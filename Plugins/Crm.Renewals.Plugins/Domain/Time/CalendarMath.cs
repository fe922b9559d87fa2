using System;

namespace Crm.Renewals.Plugins.Domain.Time;

/// <summary>Date arithmetic on calendar dates (the time of day is dropped).</summary>
public static class CalendarMath
{
    /// <summary>
    /// Adds whole months with the end-of-month rule: a date on the last day of its month lands on
    /// the last day of the target month, so a term ending 30 April renews to 31 May, and a term
    /// ending 28 February 2023 renews to 29 February 2024 (the term that starts 1 March). Other dates
    /// keep their day, clamped to the target month's length (31 January + 1 month = 28/29 February).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="months">Months to add (may be negative).</param>
    /// <returns>The shifted date, at midnight.</returns>
    public static DateTime AddMonthsKeepingMonthEnd(DateTime date, int months)
    {
        var day = date.Date;
        var shifted = day.AddMonths(months);
        return IsLastDayOfMonth(day)
            ? new DateTime(shifted.Year, shifted.Month, DateTime.DaysInMonth(shifted.Year, shifted.Month), 0, 0, 0, date.Kind)
            : shifted;
    }

    /// <summary>True when the date is the last day of its month.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on 31 January, 29 February 2024, 30 April …</returns>
    public static bool IsLastDayOfMonth(DateTime date) => date.Day == DateTime.DaysInMonth(date.Year, date.Month);

    /// <summary>Whole calendar days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    /// <returns>The difference in days, ignoring the time of day.</returns>
    public static int DaysBetween(DateTime from, DateTime to) => (int)(to.Date - from.Date).TotalDays;

    /// <summary>The later of two dates.</summary>
    /// <param name="a">One date.</param>
    /// <param name="b">The other.</param>
    /// <returns>The later one.</returns>
    public static DateTime Later(DateTime a, DateTime b) => a >= b ? a : b;
}
