using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Renewals;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Renewals.RenewalScenario;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Renewals;

public class ContractRenewalPluginTests
{
    [Fact]
    public void Create_ContractCreatedAtT40_GeneratesOnlyTheMilestonesAheadPlusALateStart()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Org.Service.Create(scenario.Contract(scenario.SeedAccount(), daysToEnd: 40));

        var jobs = scenario.Org.RunAsyncJobs();

        Assert.All(jobs, job => Assert.Equal(SystemJobStatus.Succeeded, job.Status));
        var tasks = scenario.TasksRegarding(scenario.Renewal(contract).Id);
        Assert.Equal(
            new int?[]
            {
                RenewalMilestoneChoice.LateStart, RenewalMilestoneChoice.T30ProposalPresentationAndNegotiation, RenewalMilestoneChoice.T14FinalNegotiationAndContract,
                RenewalMilestoneChoice.T7FinalPush, RenewalMilestoneChoice.T0RenewalDay,
            },
            tasks.Select(task => Choice(task, TaskTable.Milestone)));
        Assert.All(tasks, task => Assert.True(scenario.DaysFromToday(task, TaskTable.ScheduledEnd) >= 0, "a task is due in the past"));
    }

    [Fact]
    public void Create_ContractOutsideItsWindow_GeneratesNothing()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Org.Service.Create(scenario.Contract(scenario.SeedAccount(), daysToEnd: 200));

        scenario.Org.RunAsyncJobs();

        Assert.Empty(scenario.Renewals(contract));
    }

    [Fact]
    public void Create_BeforeTheJobRuns_NothingIsGeneratedYet()
    {
        var scenario = RenewalScenario.Create();

        var contract = scenario.Org.Service.Create(scenario.Contract(scenario.SeedAccount(), daysToEnd: 40));

        Assert.Empty(scenario.Renewals(contract)); // generation is asynchronous: the user's save does not wait for ten writes
        Assert.Equal(1, scenario.Org.PendingAsyncJobCount);
    }

    [Fact]
    public void Update_EndDateMovedIntoTheWindow_GeneratesForTheNewTerm()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 300);

        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.EndDate] = scenario.Today.AddDays(90) });
        scenario.Org.RunAsyncJobs();

        Assert.Equal(90, scenario.DaysFromToday(scenario.Renewal(contract), Opportunity.TermEndDate));
    }

    [Fact]
    public void Update_ArrOfAContractAlreadyRenewed_CreatesNoSecondRenewal()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 90);
        scenario.Sweep();

        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.Arr] = new Money(60_000m) });
        var jobs = scenario.Org.RunAsyncJobs();

        Assert.Equal(SystemJobStatus.Succeeded, Assert.Single(jobs).Status);
        Assert.Single(scenario.Renewals(contract));
    }

    [Fact]
    public void Update_OfAColumnRenewalsDoNotRead_RunsNoRenewalStep()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 90);

        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.Name] = "Renamed" });

        Assert.Empty(scenario.Org.Log.StepsOf<ContractValidationPlugin>());
        Assert.Equal(0, scenario.Org.PendingAsyncJobCount);
    }

    [Fact]
    public void Create_ChurnedContractInsideTheWindow_GeneratesNothing()
    {
        var scenario = RenewalScenario.Create();
        var row = scenario.Contract(scenario.SeedAccount(), daysToEnd: 60);
        row[CustomerContract.ContractStatus] = new OptionSetValue(ContractStatusChoice.Churned);

        var contract = scenario.Org.Service.Create(row);
        scenario.Org.RunAsyncJobs();

        Assert.Empty(scenario.Renewals(contract));
    }

    [Fact]
    public void Create_RacingTheSweep_TheSweepsRenewalIsKeptAndTheJobSkips()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Org.Service.Create(scenario.Contract(scenario.SeedAccount(), daysToEnd: 60));
        scenario.Sweep(); // runs before the contract's own job

        var jobs = scenario.Org.RunAsyncJobs();

        Assert.Equal(SystemJobStatus.Succeeded, Assert.Single(jobs).Status);
        Assert.Single(scenario.Renewals(contract));
    }

    [Fact]
    public void Create_RenewalCreatedConcurrentlyBetweenCheckAndCreate_TheDuplicateIsSkipped()
    {
        var scenario = RenewalScenario.Create();
        var row = scenario.Contract(scenario.SeedAccount(), daysToEnd: 60);
        ConcurrentRenewalPlugin.RegisterOn(scenario.Org, row.Id, scenario.Today.AddDays(60));
        var contract = scenario.Org.Service.Create(row);

        var job = Assert.Single(scenario.Org.RunAsyncJobs());

        Assert.Equal(SystemJobStatus.Succeeded, job.Status);
        Assert.Equal("Renewal created by another process", scenario.Renewal(contract).GetAttributeValue<string>(Opportunity.Name));
        Assert.Contains(job.Traces, line => line.Contains("Skipped. The renewal for the term ending", StringComparison.Ordinal) && line.Contains("was created by a concurrent run first", StringComparison.Ordinal));
    }
}
