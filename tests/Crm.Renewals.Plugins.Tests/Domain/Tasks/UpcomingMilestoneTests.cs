using Crm.Renewals.Plugins.Domain.Tasks;

namespace Crm.Renewals.Plugins.Tests.Domain.Tasks;

public sealed class UpcomingMilestoneTests
{
    private static readonly DateTime Day = new(2026, 3, 2);

    [Fact]
    public void Earliest_PlannedTasks_TheFirstDueDueAtTheRowsHour()
    {
        PlannedTask[] tasks =
        [
            new(TaskMilestone.Proposal, "T-45", "", Day.AddDays(15)),
            new(TaskMilestone.RenewalKickoff, "T-90", "", Day),
            new(TaskMilestone.RenewalDay, "T-0", "", Day.AddDays(90)),
        ];

        var next = UpcomingMilestone.Earliest(tasks, day => day.AddHours(12));

        Assert.Equal(new UpcomingMilestone(TaskMilestone.RenewalKickoff, Day.AddHours(12)), next);
    }

    // A win-back or health-check task is never a renewal's milestone, however early it is due.
    [Theory]
    [InlineData(TaskMilestone.WinBack)]
    [InlineData(TaskMilestone.PostSaveHealthCheck)]
    public void Earliest_AccountTaskFirst_IsSkipped(TaskMilestone accountTask)
    {
        PlannedTask[] tasks = [new(accountTask, "account", "", Day), new(TaskMilestone.FinalPush, "T-7", "", Day.AddDays(7))];

        Assert.Equal(TaskMilestone.FinalPush, UpcomingMilestone.Earliest(tasks, day => day)!.Milestone);
    }

    [Fact]
    public void Earliest_NoTasks_IsNull()
    {
        Assert.Null(UpcomingMilestone.Earliest([], day => day));
    }
}
