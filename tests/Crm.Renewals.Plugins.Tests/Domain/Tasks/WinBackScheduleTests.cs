using Crm.Renewals.Plugins.Domain.Tasks;

namespace Crm.Renewals.Plugins.Tests.Domain.Tasks;

public class WinBackScheduleTests
{
    [Fact]
    public void Plan_Months_OneTaskEachAfterTheChurnDate()
    {
        var tasks = WinBackSchedule.Plan(new DateTime(2025, 5, 15), new[] { 3, 6, 12 });

        Assert.Equal(new[] { new DateTime(2025, 8, 15), new DateTime(2025, 11, 15), new DateTime(2026, 5, 15) }, tasks.Select(t => t.DueDate));
        Assert.Equal(new[] { "Win-back check-in (3 months after churn)", "Win-back check-in (6 months after churn)", "Win-back check-in (12 months after churn)" }, tasks.Select(t => t.Subject));
        Assert.All(tasks, t => Assert.Equal(TaskMilestone.WinBack, t.Milestone));
        Assert.StartsWith("The customer left on 2025-05-15. Reach out 3 months later", tasks[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_OneMonth_UsesSingular()
    {
        Assert.Equal("Win-back check-in (1 month after churn)", Assert.Single(WinBackSchedule.Plan(new DateTime(2025, 1, 31), new[] { 1 })).Subject);
    }

    [Fact]
    public void Plan_NoMonths_PlansNothing()
    {
        Assert.Empty(WinBackSchedule.Plan(new DateTime(2025, 1, 31), Array.Empty<int>()));
    }

    [Fact]
    public void PlannedTask_DueDate_IsACalendarDate()
    {
        var task = new PlannedTask(TaskMilestone.FinalPush, "s", "d", new DateTime(2025, 1, 2, 18, 30, 0));

        Assert.Equal(new DateTime(2025, 1, 2), task.DueDate);
        Assert.Equal("s (due 2025-01-02)", task.ToString());
    }
}
