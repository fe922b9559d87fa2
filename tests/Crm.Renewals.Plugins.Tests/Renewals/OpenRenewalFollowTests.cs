using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Risk;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Renewals.RenewalScenario;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Renewals;

/// <summary>
/// While a renewal is open it follows its contract (end date, ARR) and its account (category, strategy, the owner
/// the rule assigned): spec §3, and defects 1, 8 and 9 of the review, each reproduced through the pipeline.
/// </summary>
public sealed class OpenRenewalFollowTests
{
    // Defect 1: correcting the end date after generation created a second open renewal with 8 more tasks.
    [Fact]
    public void Update_ContractEndDateCorrected_MovesTheOneOpenRenewalAndItsOpenTasks()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Org.Service.Create(scenario.Contract(scenario.SeedAccount(), daysToEnd: 100));
        scenario.Org.RunAsyncJobs();
        var renewal = scenario.Renewal(contract);
        var dueBefore = scenario.TasksRegarding(renewal.Id).ToDictionary(task => task.Id, task => scenario.DaysFromToday(task, TaskTable.ScheduledEnd));

        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.EndDate] = scenario.Today.AddDays(130) });
        scenario.Sweep(); // a sweep before the contract's own job must not create the second renewal either
        var jobs = scenario.Org.RunAsyncJobs();

        Assert.All(jobs, job => Assert.Equal(SystemJobStatus.Succeeded, job.Status));
        var moved = scenario.Renewal(contract);
        Assert.Equal(renewal.Id, moved.Id);
        Assert.Equal(130, scenario.DaysFromToday(moved, Opportunity.TermEndDate));
        Assert.Equal(130, scenario.DaysFromToday(moved, Opportunity.EstimatedCloseDate));
        Assert.Equal(renewal.Id, scenario.StoredContract(contract).GetAttributeValue<EntityReference>(CustomerContract.CurrentRenewalOpportunity).Id);
        var tasks = scenario.TasksRegarding(renewal.Id);
        Assert.Equal(dueBefore.Count, tasks.Count);
        Assert.All(tasks, task => Assert.Equal(Math.Max(0, dueBefore[task.Id] + 30), scenario.DaysFromToday(task, TaskTable.ScheduledEnd)));
    }

    [Fact]
    public void Update_ContractEndDateCorrectedEarlier_MovesNothingBeforeToday()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Org.Service.Create(scenario.Contract(scenario.SeedAccount(), daysToEnd: 100));
        scenario.Org.RunAsyncJobs();
        var renewal = scenario.Renewal(contract).Id;

        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.EndDate] = scenario.Today.AddDays(10) });
        scenario.Org.RunAsyncJobs();

        Assert.Equal(10, scenario.DaysFromToday(scenario.Renewal(contract), Opportunity.TermEndDate));
        Assert.All(scenario.TasksRegarding(renewal), task => Assert.True(scenario.DaysFromToday(task, TaskTable.ScheduledEnd) >= 0));
    }

    // Defect 8: ARR changes on the contract after generation were not applied to the renewal.
    [Fact]
    public void Update_ContractArrRaisedAboveTheSalesThreshold_UpdatesTheRevenueAndHandsItToSales()
    {
        var scenario = RenewalScenario.Create();
        var salesTeam = scenario.ConfigureSalesTeam();
        var contract = scenario.Org.Service.Create(scenario.Contract(scenario.SeedAccount(), daysToEnd: 100));
        scenario.Org.RunAsyncJobs();

        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.Arr] = new Money(150_000m) });
        scenario.Org.RunAsyncJobs();

        var renewal = scenario.Renewal(contract);
        Assert.Equal(150_000m, renewal.GetAttributeValue<Money>(Opportunity.EstimatedValue).Value);
        Assert.Equal(new EntityReference(Team.EntityLogicalName, salesTeam.Id), renewal.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
    }

    // Defect 8: the renewal kept "save mode" and the sales owner after the account recovered.
    [Fact]
    public void Update_RedAccountRecoversToYellow_RenewalFollowsCategoryStrategyAndGoesBackToTheCsm()
    {
        var scenario = RenewalScenario.Create();
        scenario.ConfigureSalesTeam();
        var (account, contract) = scenario.SeedGreenAccountWithOpenRenewal();
        scenario.TurnRed(account);

        scenario.Org.Service.Update(RiskAccounts.Change(account, (Account.HealthScore, 60), (Account.ChampionLeft, false)));

        var renewal = scenario.Renewal(contract);
        Assert.Equal(RiskCategoryChoice.Yellow, Choice(renewal, Opportunity.RiskCategory));
        Assert.Equal(RenewalStrategyChoice.ValueReinforcement, Choice(renewal, Opportunity.RenewalStrategy));
        Assert.Equal(scenario.Csm, renewal.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
    }

    [Fact]
    public void Update_AccountTurnsRedAfterTheRenewalWasReassignedByHand_KeepsTheManualOwner()
    {
        var scenario = RenewalScenario.Create();
        scenario.ConfigureSalesTeam();
        var (account, contract) = scenario.SeedGreenAccountWithOpenRenewal();
        var colleague = scenario.Org.Users.CreateUser("Priya Colleague");
        scenario.Org.Service.Update(new Entity(Opportunity.EntityLogicalName, scenario.Renewal(contract).Id) { [Opportunity.OwnerId] = colleague });

        scenario.TurnRed(account);

        var renewal = scenario.Renewal(contract);
        Assert.Equal(RenewalStrategyChoice.SaveMode, Choice(renewal, Opportunity.RenewalStrategy));
        Assert.Equal(colleague, renewal.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
    }

    // Defect 9: a contract saved with an end date in the past got a renewal closing in the past from its own step.
    [Fact]
    public void Create_ContractWhoseTermEndedYesterday_GetsNoRenewalFromAnyTrigger()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Org.Service.Create(scenario.Contract(scenario.SeedAccount(), daysToEnd: -1));

        var job = Assert.Single(scenario.Org.RunAsyncJobs());
        scenario.Sweep();

        Assert.Equal(SystemJobStatus.Succeeded, job.Status);
        Assert.Empty(scenario.Renewals(contract));
        Assert.Contains(job.Traces, line => line.Contains("ended on", StringComparison.Ordinal) && line.Contains("before today", StringComparison.Ordinal));
    }
}
