using Crm.Renewals.Plugins.Domain.Time;

namespace Crm.Renewals.Plugins.Tests.Domain.Time;

public class CalendarMathTests
{
    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")] // month end → month end
    [InlineData("2024-02-29", 1, "2024-03-31")] // leap day is a month end
    [InlineData("2024-02-28", 1, "2024-03-28")] // 28 Feb in a leap year is not a month end
    [InlineData("2023-02-28", 12, "2024-02-29")] // end of February to the leap day a year later
    [InlineData("2025-03-31", -1, "2025-02-28")] // backwards too
    [InlineData("2025-05-15", 3, "2025-08-15")] // an ordinary mid-month date
    [InlineData("2025-01-30", 1, "2025-02-28")] // clamped, not a month end
    public void AddMonthsKeepingMonthEnd_Date_AppliesEndOfMonthRule(string date, int months, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(DateTime.Parse(expected, culture), CalendarMath.AddMonthsKeepingMonthEnd(DateTime.Parse(date, culture), months));
    }

    [Fact]
    public void AddMonthsKeepingMonthEnd_TimeOfDay_IsDroppedAndKindKept()
    {
        var result = CalendarMath.AddMonthsKeepingMonthEnd(new DateTime(2025, 4, 30, 17, 0, 0, DateTimeKind.Utc), 1);

        Assert.Equal(new DateTime(2025, 5, 31), result);
        Assert.Equal(DateTimeKind.Utc, result.Kind);
    }

    [Theory]
    [InlineData("2025-01-01T23:00:00", "2025-01-02T01:00:00", 1)] // calendar days, not 24-hour spans
    [InlineData("2025-03-01", "2025-02-01", -28)] // backwards gives a negative count
    [InlineData("2024-02-01", "2024-03-01", 29)] // leap February
    public void DaysBetween_Dates_CountsCalendarDays(string from, string to, int expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(expected, CalendarMath.DaysBetween(DateTime.Parse(from, culture), DateTime.Parse(to, culture)));
    }

    [Fact]
    public void Later_TwoDates_PicksTheLater()
    {
        Assert.Equal(new DateTime(2025, 2, 1), CalendarMath.Later(new DateTime(2025, 1, 1), new DateTime(2025, 2, 1)));
        Assert.Equal(new DateTime(2025, 2, 1), CalendarMath.Later(new DateTime(2025, 2, 1), new DateTime(2025, 1, 1)));
    }
}
