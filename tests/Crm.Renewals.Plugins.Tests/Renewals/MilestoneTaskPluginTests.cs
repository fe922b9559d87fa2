using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Renewals.RenewalScenario;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Renewals;

/// <summary>The renewal's next milestone through the emulated pipeline: written with the renewal, kept as its tasks change.</summary>
public sealed class MilestoneTaskPluginTests
{
    // Generated at T-100: T-120 has passed, so the first task is the late start (due today), then T-90.
    [Fact]
    public void Generate_NewRenewal_HoldsItsEarliestTaskAsNextMilestone()
    {
        var (scenario, renewal, tasks) = RenewalWithTasks(daysToEnd: 100);

        var next = NextMilestone(scenario, renewal);

        var earliest = tasks.OrderBy(t => t.GetAttributeValue<DateTime>(TaskTable.ScheduledEnd)).First();
        Assert.Equal(Choice(earliest, TaskTable.Milestone), Choice(next, Opportunity.NextMilestone));
        Assert.Equal(earliest.GetAttributeValue<DateTime>(TaskTable.ScheduledEnd), next.GetAttributeValue<DateTime>(Opportunity.NextMilestoneDue));
    }

    [Fact]
    public void Complete_TheNextMilestone_TheFollowingOneBecomesNext()
    {
        var (scenario, renewal, tasks) = RenewalWithTasks(daysToEnd: 100);
        var ordered = tasks.OrderBy(t => t.GetAttributeValue<DateTime>(TaskTable.ScheduledEnd)).ToList();

        SetState(scenario, ordered[0].Id, TaskStateCodeChoice.Completed);

        var next = NextMilestone(scenario, renewal);
        Assert.Equal(Choice(ordered[1], TaskTable.Milestone), Choice(next, Opportunity.NextMilestone));
        Assert.Equal(ordered[1].GetAttributeValue<DateTime>(TaskTable.ScheduledEnd), next.GetAttributeValue<DateTime>(Opportunity.NextMilestoneDue));
    }

    // A later milestone moved before the current next one becomes next; moving it back restores the order.
    [Fact]
    public void Update_DueDateMovedEarlier_ThatMilestoneBecomesNext()
    {
        var (scenario, renewal, tasks) = RenewalWithTasks(daysToEnd: 100);
        var last = tasks.OrderBy(t => t.GetAttributeValue<DateTime>(TaskTable.ScheduledEnd)).Last();

        scenario.Org.Service.Update(new Entity(TaskTable.EntityLogicalName, last.Id) { [TaskTable.ScheduledEnd] = scenario.Org.Clock.UtcNow.AddHours(-2) });

        Assert.Equal(Choice(last, TaskTable.Milestone), Choice(NextMilestone(scenario, renewal), Opportunity.NextMilestone));
    }

    [Fact]
    public void Delete_EveryOpenMilestone_NextMilestoneIsEmpty()
    {
        var (scenario, renewal, tasks) = RenewalWithTasks(daysToEnd: 100);

        foreach (var task in tasks)
        {
            scenario.Org.Service.Delete(TaskTable.EntityLogicalName, task.Id);
        }

        var next = NextMilestone(scenario, renewal);
        Assert.Null(Choice(next, Opportunity.NextMilestone));
        Assert.Null(next.GetAttributeValue<DateTime?>(Opportunity.NextMilestoneDue));
    }

    // Win-back tasks and health checks sit on the account, never on the renewal's timeline: even one due earlier does not
    // become the renewal's next milestone.
    [Fact]
    public void Update_WinBackTaskRegardingTheRenewal_IsNeverItsNextMilestone()
    {
        var (scenario, renewal, tasks) = RenewalWithTasks(daysToEnd: 100);
        var before = Choice(NextMilestone(scenario, renewal), Opportunity.NextMilestone);
        var winBack = scenario.Org.Service.Create(new Entity(TaskTable.EntityLogicalName)
        {
            [TaskTable.Subject] = "Win-back call",
            [TaskTable.Milestone] = new OptionSetValue(RenewalMilestoneChoice.WinBack),
            [TaskTable.ScheduledEnd] = scenario.Org.Clock.UtcNow.AddDays(1),
        });

        scenario.Org.Service.Update(new Entity(TaskTable.EntityLogicalName, winBack) { [TaskTable.RegardingObjectId] = new EntityReference(Opportunity.EntityLogicalName, renewal) });

        Assert.Equal(before, Choice(NextMilestone(scenario, renewal), Opportunity.NextMilestone));
        Assert.NotEmpty(tasks);
    }

    // A task regarding an opportunity that is not a renewal changes nothing on it.
    [Fact]
    public void Complete_TaskOfAnOpportunityThatIsNoRenewal_LeavesItAlone()
    {
        var scenario = RenewalScenario.Create();
        var deal = scenario.Org.Service.Create(new Entity(Opportunity.EntityLogicalName) { [Opportunity.Name] = "New logo deal", [Opportunity.IsRenewal] = false });
        var task = scenario.Org.Service.Create(new Entity(TaskTable.EntityLogicalName)
        {
            [TaskTable.Subject] = "Proposal",
            [TaskTable.Milestone] = new OptionSetValue(RenewalMilestoneChoice.T45Proposal),
            [TaskTable.RegardingObjectId] = new EntityReference(Opportunity.EntityLogicalName, deal),
            [TaskTable.ScheduledEnd] = scenario.Org.Clock.UtcNow.AddDays(3),
        });

        scenario.Org.Service.Update(new Entity(TaskTable.EntityLogicalName, task) { [TaskTable.ScheduledEnd] = scenario.Org.Clock.UtcNow.AddDays(5) });

        Assert.Null(Choice(NextMilestone(scenario, deal), Opportunity.NextMilestone));
    }

    private static (RenewalScenario Scenario, Guid Renewal, IReadOnlyList<Entity> Tasks) RenewalWithTasks(int daysToEnd)
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 300);
        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.EndDate] = scenario.Today.AddDays(daysToEnd) });
        scenario.Org.RunAsyncJobs();
        var renewal = scenario.Renewal(contract).Id;
        var tasks = scenario.TasksRegarding(renewal);
        Assert.True(tasks.Count >= 2, "the renewal has milestone tasks");
        return (scenario, renewal, tasks);
    }

    private static Entity NextMilestone(RenewalScenario scenario, Guid renewal) =>
        scenario.Retrieve(Opportunity.EntityLogicalName, renewal, Opportunity.NextMilestone, Opportunity.NextMilestoneDue);

    private static void SetState(RenewalScenario scenario, Guid task, int state) =>
        scenario.Org.Service.Update(new Entity(TaskTable.EntityLogicalName, task) { [TaskTable.StateCode] = new OptionSetValue(state) });
}
