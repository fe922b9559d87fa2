using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Conditions;

/// <summary>
/// Relative and fixed date operators against the emulator clock, Wednesday 2025-03-12 15:30 UTC. Each
/// account is named after when it was created relative to that moment.
/// </summary>
public sealed class DateOperatorTests
{
    private static readonly DateTime Now = new(2025, 3, 12, 15, 30, 0, DateTimeKind.Utc);

    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    public DateOperatorTests()
    {
        _source.UtcNow = Now;
        Add("today-morning", new DateTime(2025, 3, 12, 8, 0, 0));
        Add("today-evening", new DateTime(2025, 3, 12, 20, 0, 0));
        Add("yesterday", new DateTime(2025, 3, 11, 12, 0, 0));
        Add("tomorrow", new DateTime(2025, 3, 13, 9, 0, 0));
        Add("six-days-ago", new DateTime(2025, 3, 6, 10, 0, 0));
        Add("eight-days-ago", new DateTime(2025, 3, 4, 10, 0, 0));
        Add("in-five-days", new DateTime(2025, 3, 17, 10, 0, 0));
        Add("last-month", new DateTime(2025, 2, 15, 10, 0, 0));
        Add("next-month", new DateTime(2025, 4, 10, 10, 0, 0));
        Add("last-year", new DateTime(2024, 6, 1, 10, 0, 0));
        Add("next-year", new DateTime(2026, 1, 15, 10, 0, 0));
        Add("long-ago", new DateTime(2020, 1, 1, 10, 0, 0));
        _source.Add(new Entity("account") { ["name"] = "no-date" });
    }

    [Theory]
    [InlineData(ConditionOperator.Today, "today-evening,today-morning")]
    [InlineData(ConditionOperator.Yesterday, "yesterday")]
    [InlineData(ConditionOperator.Tomorrow, "tomorrow")]
    [InlineData(ConditionOperator.Last7Days, "six-days-ago,today-morning,yesterday")]   // from 03-05 00:00 to now
    [InlineData(ConditionOperator.Next7Days, "in-five-days,today-evening,tomorrow")]    // from now to the end of 03-19
    [InlineData(ConditionOperator.ThisWeek, "today-evening,today-morning,tomorrow,yesterday")] // Sunday 03-09 to Saturday 03-15
    [InlineData(ConditionOperator.LastWeek, "eight-days-ago,six-days-ago")]
    [InlineData(ConditionOperator.NextWeek, "in-five-days")]
    [InlineData(ConditionOperator.ThisMonth, "eight-days-ago,in-five-days,six-days-ago,today-evening,today-morning,tomorrow,yesterday")]
    [InlineData(ConditionOperator.LastMonth, "last-month")]
    [InlineData(ConditionOperator.NextMonth, "next-month")]
    [InlineData(ConditionOperator.ThisYear, "eight-days-ago,in-five-days,last-month,next-month,six-days-ago,today-evening,today-morning,tomorrow,yesterday")]
    [InlineData(ConditionOperator.LastYear, "last-year")]
    [InlineData(ConditionOperator.NextYear, "next-year")]
    public void Execute_OperatorWithoutValue_UsesTheEmulatorClock(ConditionOperator conditionOperator, string expected)
    {
        Assert.Equal(expected, Run(new ConditionExpression("createdon", conditionOperator)));
    }

    [Theory]
    [InlineData(ConditionOperator.LastXHours, 8, "today-morning")]                       // 07:30 to now
    [InlineData(ConditionOperator.NextXHours, 6, "today-evening")]                       // now to 21:30
    [InlineData(ConditionOperator.LastXDays, 1, "today-morning,yesterday")]              // from 03-11 00:00 to now
    [InlineData(ConditionOperator.NextXDays, 1, "today-evening,tomorrow")]               // from now to the end of 03-13
    [InlineData(ConditionOperator.LastXWeeks, 1, "six-days-ago,today-morning,yesterday")]
    [InlineData(ConditionOperator.NextXWeeks, 1, "in-five-days,today-evening,tomorrow")]
    [InlineData(ConditionOperator.LastXMonths, 1, "eight-days-ago,last-month,six-days-ago,today-morning,yesterday")]
    [InlineData(ConditionOperator.NextXMonths, 1, "in-five-days,next-month,today-evening,tomorrow")]
    [InlineData(ConditionOperator.LastXYears, 1, "eight-days-ago,last-month,last-year,six-days-ago,today-morning,yesterday")]
    [InlineData(ConditionOperator.NextXYears, 1, "in-five-days,next-month,next-year,today-evening,tomorrow")]
    [InlineData(ConditionOperator.OlderThanXMinutes, 60 * 24 * 365 * 2, "long-ago")]
    [InlineData(ConditionOperator.OlderThanXHours, 30, "eight-days-ago,last-month,last-year,long-ago,six-days-ago")] // before 03-11 09:30
    [InlineData(ConditionOperator.OlderThanXDays, 7, "eight-days-ago,last-month,last-year,long-ago")]
    [InlineData(ConditionOperator.OlderThanXWeeks, 1, "eight-days-ago,last-month,last-year,long-ago")]
    [InlineData(ConditionOperator.OlderThanXMonths, 12, "long-ago")]
    [InlineData(ConditionOperator.OlderThanXYears, 1, "long-ago")]
    public void Execute_OperatorWithCount_UsesTheEmulatorClock(ConditionOperator conditionOperator, int count, string expected)
    {
        Assert.Equal(expected, Run(new ConditionExpression("createdon", conditionOperator, count)));
    }

    [Theory]
    [InlineData(ConditionOperator.On, "2025-03-12", "today-evening,today-morning")]
    [InlineData(ConditionOperator.NotOn, "2025-03-12", "eight-days-ago,in-five-days,last-month,last-year,long-ago,next-month,next-year,six-days-ago,tomorrow,yesterday")]
    [InlineData(ConditionOperator.OnOrBefore, "2025-03-11", "eight-days-ago,last-month,last-year,long-ago,six-days-ago,yesterday")]
    [InlineData(ConditionOperator.OnOrAfter, "2025-03-13", "in-five-days,next-month,next-year,tomorrow")]
    public void Execute_OnOperators_CompareUtcDates(ConditionOperator conditionOperator, string date, string expected)
    {
        var value = DateTime.SpecifyKind(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        Assert.Equal(expected, Run(new ConditionExpression("createdon", conditionOperator, value)));
    }

    [Fact]
    public void Execute_BetweenDates_IncludesBothBounds()
    {
        var condition = new ConditionExpression("createdon", ConditionOperator.Between, new DateTime(2025, 3, 11, 12, 0, 0, DateTimeKind.Utc), new DateTime(2025, 3, 12, 8, 0, 0, DateTimeKind.Utc));

        Assert.Equal("today-morning,yesterday", Run(condition));
    }

    [Fact]
    public void Execute_ClockMoves_RelativeOperatorFollowsIt()
    {
        _source.UtcNow = new DateTime(2025, 3, 13, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal("tomorrow", Run(new ConditionExpression("createdon", ConditionOperator.Today)));
    }

    [Fact]
    public void Execute_NextXDaysOnDateOnlyColumn_IncludesToday()
    {
        // A date-only value is midnight; "now" is widened to the whole day so today's date counts.
        _source.Add(new Entity("account") { ["name"] = "contacted-today", ["lastcontacted"] = Now.Date });

        Assert.Equal("contacted-today", Run(new ConditionExpression("lastcontacted", ConditionOperator.NextXDays, 3)));
        Assert.Equal("contacted-today", Run(new ConditionExpression("lastcontacted", ConditionOperator.LastXDays, 3)));
    }

    [Fact]
    public void Execute_NextXDaysOnDateTimeColumn_ExcludesEarlierToday()
    {
        Assert.DoesNotContain("today-morning", Run(new ConditionExpression("createdon", ConditionOperator.NextXDays, 3)), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_DateOperatorOnTextColumn_FaultSaysItNeedsDate()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => Run(new ConditionExpression("name", ConditionOperator.Today)));

        Assert.Contains("it needs a date and time column", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_LastXDaysWithoutCount_FaultNamesOperator()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => Run(new ConditionExpression("createdon", ConditionOperator.LastXDays)));

        Assert.Contains("operator 'LastXDays' takes 1 value(s) but received 0", fault.Message, StringComparison.Ordinal);
    }

    private void Add(string name, DateTime createdOn) =>
        _source.Add(new Entity("account") { ["name"] = name, ["createdon"] = DateTime.SpecifyKind(createdOn, DateTimeKind.Utc) });

    private string Run(ConditionExpression condition)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition(condition);
        return string.Join(",", _engine.Execute(query, _source).Names().Order(StringComparer.Ordinal));
    }
}
