using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Renewals.RenewalScenario;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Renewals;

public class GenerateRenewalsPluginTests
{
    // Defect 4 of the review: an SMB lead time of 60 days gave every on-time SMB renewal a "Late start" task and
    // dropped T-120 and T-90. The plan starts at its lead time: those milestones are due on its first day.
    [Fact]
    public void Execute_SmbLeadTimeShorterThanT120OnTime_HasEveryMilestoneFromItsStartAndNoLateStart()
    {
        var scenario = RenewalScenario.WithPolicy("{\"leadTimeDays\":{\"smb\":60}}");
        var account = scenario.SeedAccount(segment: SegmentChoice.SMB);
        var contract = scenario.SeedContract(account, daysToEnd: 60);

        scenario.Sweep();

        var tasks = scenario.TasksRegarding(scenario.Renewal(contract).Id);
        Assert.DoesNotContain(tasks, task => Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.LateStart);
        Assert.Equal(8, tasks.Count);
        Assert.Equal(new[] { 0, 0, 0, 15, 30, 46, 53, 60 }, tasks.Select(task => scenario.DaysFromToday(task, TaskTable.ScheduledEnd)));
        Assert.StartsWith("T-60: Internal readiness review", tasks[0].GetAttributeValue<string>(TaskTable.Subject), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ContractExactlyAtT120_CreatesTheRenewalWithEveryMilestone()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();
        var contract = scenario.SeedContract(account, daysToEnd: 120);

        var response = scenario.Sweep();

        Assert.Equal(1, response[GenerateRenewalsApi.ResponseCreated]);
        Assert.Equal(0, response[GenerateRenewalsApi.ResponseSkipped]);
        Assert.Equal(0, response[GenerateRenewalsApi.ResponseFailed]);
        Assert.False((bool)response[GenerateRenewalsApi.ResponseMoreRecords]);
        Assert.Equal(string.Empty, response[GenerateRenewalsApi.ResponseContinuation]);
        var renewal = scenario.Renewal(contract);
        Assert.Equal(account, renewal.GetAttributeValue<EntityReference>(Opportunity.CustomerId).Id);
        Assert.Equal(120, scenario.DaysFromToday(renewal, Opportunity.EstimatedCloseDate));
        Assert.Equal(120, scenario.DaysFromToday(renewal, Opportunity.TermEndDate));
        Assert.Equal(DefaultArr, renewal.GetAttributeValue<Money>(Opportunity.EstimatedValue).Value);
        Assert.Equal(scenario.Csm, renewal.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
        Assert.True(renewal.GetAttributeValue<bool>(Opportunity.IsRenewal));
        Assert.Equal(RenewalStrategyChoice.StreamlinedConfirmation, Choice(renewal, Opportunity.RenewalStrategy));
        Assert.Equal(RiskCategoryChoice.Green, Choice(renewal, Opportunity.RiskCategory));
        Assert.Equal(renewal.Id, scenario.StoredContract(contract).GetAttributeValue<EntityReference>(CustomerContract.CurrentRenewalOpportunity).Id);
        var tasks = scenario.TasksRegarding(renewal.Id);
        Assert.Equal(new[] { 0, 30, 60, 75, 90, 106, 113, 120 }, tasks.Select(task => scenario.DaysFromToday(task, TaskTable.ScheduledEnd)));
        Assert.Equal(
            new int?[]
            {
                RenewalMilestoneChoice.T120InternalReadinessReview, RenewalMilestoneChoice.T90RenewalKickoff, RenewalMilestoneChoice.T60CustomerEngagement,
                RenewalMilestoneChoice.T45Proposal, RenewalMilestoneChoice.T30ProposalPresentationAndNegotiation, RenewalMilestoneChoice.T14FinalNegotiationAndContract,
                RenewalMilestoneChoice.T7FinalPush, RenewalMilestoneChoice.T0RenewalDay,
            },
            tasks.Select(task => Choice(task, TaskTable.Milestone)));
        Assert.All(tasks, task => Assert.Equal(scenario.Csm, task.GetAttributeValue<EntityReference>(TaskTable.OwnerId)));
    }

    [Fact]
    public void Execute_ContractAtT121_IsNotDueAndNothingIsCreated()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 121);

        var response = scenario.Sweep();

        Assert.Equal(0, response[GenerateRenewalsApi.ResponseCreated]);
        Assert.Equal(0, response[GenerateRenewalsApi.ResponseSkipped]); // not even read: the query asks only for contracts due under their lead time
        Assert.Empty(scenario.Renewals(contract));
        Assert.Empty(scenario.Org.Rows(TaskTable.EntityLogicalName));
    }

    [Fact]
    public void Execute_ContractAtT119_CatchesUpWithALateStartTaskDueToday()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 119);

        scenario.Sweep();

        var tasks = scenario.TasksRegarding(scenario.Renewal(contract).Id);
        Assert.Equal(RenewalMilestoneChoice.LateStart, Choice(tasks[0], TaskTable.Milestone));
        Assert.Equal(0, scenario.DaysFromToday(tasks[0], TaskTable.ScheduledEnd));
        Assert.DoesNotContain(tasks, task => Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.T120InternalReadinessReview);
        Assert.Equal(8, tasks.Count); // the late start replaces the missed T-120 review; seven milestones remain ahead
    }

    [Fact]
    public void Execute_EnterpriseAtT150_GeneratesWithMilestonesStartingAtT120()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(SegmentChoice.Enterprise), daysToEnd: 150);

        scenario.Sweep();

        var tasks = scenario.TasksRegarding(scenario.Renewal(contract).Id);
        Assert.Equal(30, scenario.DaysFromToday(tasks[0], TaskTable.ScheduledEnd)); // T-120 is 30 days away: nothing is late
        Assert.DoesNotContain(tasks, task => Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.LateStart);
    }

    [Fact]
    public void Execute_RedAccountAtT170_GeneratesInSaveModeWithAnImmediateReview()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(category: RiskCategoryChoice.Red), daysToEnd: 170);

        scenario.Sweep();

        var renewal = scenario.Renewal(contract);
        Assert.Equal(RenewalStrategyChoice.SaveMode, Choice(renewal, Opportunity.RenewalStrategy));
        Assert.Equal(RiskCategoryChoice.Red, Choice(renewal, Opportunity.RiskCategory));
        var review = scenario.TasksRegarding(renewal.Id)[0];
        Assert.Equal(RenewalMilestoneChoice.RedAccountReviewMeeting, Choice(review, TaskTable.Milestone));
        Assert.Equal(0, scenario.DaysFromToday(review, TaskTable.ScheduledEnd));
    }

    [Theory]
    [InlineData(100_000, false)] // exactly the threshold stays with the CSM
    [InlineData(100_000.01, true)] // a cent above goes to sales
    public void Execute_ArrAroundTheSalesThreshold_ChoosesTheOwner(double arr, bool sales)
    {
        var scenario = RenewalScenario.Create();
        var salesTeam = scenario.ConfigureSalesTeam();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 100, arr: (decimal)arr);

        scenario.Sweep();

        var renewal = scenario.Renewal(contract);
        var expectedOwner = sales ? new EntityReference(Team.EntityLogicalName, salesTeam.Id) : scenario.Csm;
        Assert.Equal(expectedOwner, renewal.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
        Assert.All(scenario.TasksRegarding(renewal.Id), task => Assert.Equal(expectedOwner, task.GetAttributeValue<EntityReference>(TaskTable.OwnerId)));
    }

    [Fact]
    public void Execute_UpliftConfigured_RaisesTheEstimatedRevenue()
    {
        var scenario = RenewalScenario.WithPolicy("{\"upliftPercent\":3}");
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 100, arr: 40_000m);

        scenario.Sweep();

        Assert.Equal(41_200m, scenario.Renewal(contract).GetAttributeValue<Money>(Opportunity.EstimatedValue).Value);
    }

    [Fact]
    public void Execute_SecondSweepTheSameDay_CreatesNothingMore()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();
        var contracts = Enumerable.Range(0, 3).Select(i => scenario.SeedContract(account, daysToEnd: 100 + i)).ToArray();
        scenario.Sweep();

        var second = scenario.Sweep();

        Assert.Equal(0, second[GenerateRenewalsApi.ResponseCreated]);
        Assert.All(contracts, contract => Assert.Single(scenario.Renewals(contract)));
    }

    [Fact]
    public void Execute_TwoSweepsInterleaved_RenewEachContractExactlyOnce()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();
        var contracts = Enumerable.Range(0, 5).Select(i => scenario.SeedContract(account, daysToEnd: 90 + i)).ToArray();

        var first = scenario.Sweep(pageSize: 2);
        var secondSweep = scenario.SweepAll(pageSize: 2);
        var firstContinued = scenario.Sweep(pageSize: 2, continuation: (string)first[GenerateRenewalsApi.ResponseContinuation]);

        var created = new[] { first, firstContinued }.Concat(secondSweep).Sum(response => (int)response[GenerateRenewalsApi.ResponseCreated]);
        Assert.Equal(5, created);
        Assert.All(contracts, contract => Assert.Single(scenario.Renewals(contract)));
        Assert.False((bool)firstContinued[GenerateRenewalsApi.ResponseMoreRecords]);
    }

    [Fact]
    public void Execute_TermAlreadyRenewedButPointerCleared_SkipsAndRepairsThePointer()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 100);
        scenario.Sweep();
        var renewal = scenario.Renewal(contract);
        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.CurrentRenewalOpportunity] = null });

        var response = scenario.Sweep();

        Assert.Equal(0, response[GenerateRenewalsApi.ResponseCreated]);
        Assert.Equal(1, response[GenerateRenewalsApi.ResponseSkipped]);
        Assert.Single(scenario.Renewals(contract));
        Assert.Equal(renewal.Id, scenario.StoredContract(contract).GetAttributeValue<EntityReference>(CustomerContract.CurrentRenewalOpportunity).Id);
    }

    [Fact]
    public void Execute_MoreDueThanAPage_ReturnsAContinuationUntilEveryContractIsDone()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();
        var contracts = Enumerable.Range(0, 5).Select(i => scenario.SeedContract(account, daysToEnd: 60 + (i % 2))).ToArray(); // two share each end date: the id breaks the tie

        var responses = scenario.SweepAll(pageSize: 2);

        Assert.Equal(new[] { 2, 2, 1 }, responses.Select(response => (int)response[GenerateRenewalsApi.ResponseCreated]));
        Assert.Equal(new[] { true, true, false }, responses.Select(response => (bool)response[GenerateRenewalsApi.ResponseMoreRecords]));
        Assert.StartsWith("v1|" + scenario.Today.ToString("yyyy-MM-dd") + "|", (string)responses[0][GenerateRenewalsApi.ResponseContinuation], StringComparison.Ordinal);
        Assert.All(contracts, contract => Assert.Single(scenario.Renewals(contract)));
    }

    // Defect 6 of the review: a continuation kept yesterday's day after midnight, creating a T-120 task due yesterday.
    [Fact]
    public void Execute_ContinuationFromYesterdayAfterMidnight_GeneratesForTodaySoNoTaskIsDueInThePast()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();
        scenario.SeedContract(account, daysToEnd: 100);
        var endsAtT120 = scenario.SeedContract(account, daysToEnd: 120); // at exactly T-120 yesterday, T-119 today (a late start)
        var first = scenario.Sweep(pageSize: 1);
        scenario.AdvanceDays(1);

        scenario.Sweep(pageSize: 1, continuation: (string)first[GenerateRenewalsApi.ResponseContinuation]);

        var tasks = scenario.TasksRegarding(scenario.Renewal(endsAtT120).Id);
        Assert.All(tasks, task => Assert.True(scenario.DaysFromToday(task, TaskTable.ScheduledEnd) >= 0, task.GetAttributeValue<string>(TaskTable.Subject)));
        Assert.Contains(RenewalMilestoneChoice.LateStart, tasks.Select(task => Choice(task, TaskTable.Milestone)));
    }

    [Fact]
    public void Execute_ChurnedContract_IsNotRenewed()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Contract(scenario.SeedAccount(), daysToEnd: 100);
        contract[CustomerContract.ContractStatus] = new OptionSetValue(ContractStatusChoice.Churned);
        scenario.Org.Seed(contract);

        scenario.Sweep();

        Assert.Empty(scenario.Renewals(contract.Id));
    }

    [Fact]
    public void Execute_AsOfADayAhead_GeneratesWhatIsDueThatDay()
    {
        // A scheduler in a time zone ahead of UTC may already be on tomorrow's date.
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 121);

        scenario.Sweep(asOf: scenario.Today.AddDays(1));

        Assert.Equal(121, scenario.DaysFromToday(scenario.Renewal(contract), Opportunity.TermEndDate));
    }

    [Fact]
    public void Execute_MilestoneTasks_AreDueAtNoonUtcSoEveryTimeZoneSeesTheirDay()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 120);

        scenario.Sweep();

        var tasks = scenario.TasksRegarding(scenario.Renewal(contract).Id);
        Assert.NotEmpty(tasks);
        Assert.All(tasks, task => Assert.Equal(TimeSpan.FromHours(12), task.GetAttributeValue<DateTime>(TaskTable.ScheduledEnd).TimeOfDay));
    }

    [Theory]
    [InlineData(10)] // ten days ahead would start renewals before their lead time
    [InlineData(2)] // the day after tomorrow is no time zone's today
    [InlineData(-1)] // yesterday (defect 6 of the review): its T-120 task would be due yesterday
    [InlineData(-2)] // two days back would create milestone tasks already due
    public void Execute_AsOfNotTodayOrTomorrow_IsRefusedAndCreatesNothing(int days)
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 115);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Sweep(asOf: scenario.Today.AddDays(days)));

        Assert.StartsWith("AsOf must be today", error.Message, StringComparison.Ordinal);
        Assert.Empty(scenario.Renewals(contract));
    }
}
