using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Users;

/// <summary>Date-relative operators mean days in the caller's time zone, a user setting (UTC by default).</summary>
public sealed class UserTimeZoneTests
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.CreateCustomTimeZone("Test Pacific", TimeSpan.FromHours(-8), "Test Pacific", "Test Pacific");

    // At 2026-03-01 03:00 UTC it is still 28 February, 19:00, eight hours west of UTC.
    [Theory]
    [InlineData(false, "early-1-March-UTC")] // a UTC user's today is 1 March
    [InlineData(true, "morning-28-February-Pacific")] // a Pacific user's today is 28 February
    public void RetrieveMultiple_Today_IsTheCallersDay(bool pacific, string expected)
    {
        var org = Organizations.New();
        org.Clock.Set(new DateTime(2026, 3, 1, 3, 0, 0, DateTimeKind.Utc));
        var user = org.Users.CreateUser("Casey Doe");
        if (pacific)
        {
            org.Users.SetTimeZone(user, Pacific);
        }

        Due(org, "morning-28-February-Pacific", new DateTime(2026, 2, 28, 10, 0, 0, DateTimeKind.Utc)); // 02:00 on the 28th in Pacific
        Due(org, "early-1-March-UTC", new DateTime(2026, 3, 1, 1, 0, 0, DateTimeKind.Utc)); // 17:00 on the 28th in Pacific, but is "today" for both
        Due(org, "late-1-March-UTC", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc)); // 01:00 on 1 March in Pacific

        var query = new QueryExpression(Widget) { ColumnSet = new ColumnSet(Name) };
        query.Criteria.AddCondition(TestSchema.Due, ConditionOperator.Today);
        var names = org.ServiceFor(user).RetrieveMultiple(query).Entities.Select(row => (string)row[Name]).ToHashSet();

        Assert.Contains(expected, names);
        Assert.Contains("early-1-March-UTC", names);
        Assert.Equal(pacific, !names.Contains("late-1-March-UTC"));
    }

    [Fact]
    public void RetrieveMultiple_DateOnlyColumnToday_IgnoresNoZoneButUsesTheCallersDate()
    {
        var org = Organizations.New();
        org.Clock.Set(new DateTime(2026, 3, 1, 3, 0, 0, DateTimeKind.Utc));
        var user = org.Users.CreateUser("Casey Doe");
        org.Users.SetTimeZone(user, Pacific);
        var widget = Organizations.Widget("due-28-February");
        widget[Day] = new DateTime(2026, 2, 28, 0, 0, 0, DateTimeKind.Utc);
        org.Service.Create(widget);

        var query = new QueryExpression(Widget) { ColumnSet = new ColumnSet(Name) };
        query.Criteria.AddCondition(Day, ConditionOperator.Today);

        Assert.Single(org.ServiceFor(user).RetrieveMultiple(query).Entities);
        Assert.Empty(org.Service.RetrieveMultiple(query).Entities); // the administrator is in UTC, where it is 1 March
    }

    private static void Due(OrganizationEmulator org, string name, DateTime due)
    {
        var widget = Organizations.Widget(name);
        widget[TestSchema.Due] = due;
        org.Service.Create(widget);
    }
}
