using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Renewals;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Saves;

/// <summary>The Custom API <c>crr_LogSaveOutcome</c> through the emulated pipeline.</summary>
public sealed class LogSaveOutcomePluginTests
{
    [Fact]
    public void Execute_Saved_ClosesThePlanStartsMonitoringAndPlansWeeklyHealthChecks()
    {
        var (s, account, _, plan) = RedAccountWithPlan();
        s.AdvanceDays(20);

        var response = Log(s, plan, SaveOutcomeChoice.Saved, savedArr: 40_000m);

        var stored = s.Org.Find(SavePlan.EntityLogicalName, plan)!;
        Assert.Equal(SavePlanStatusChoice.Closed, RenewalScenario.Choice(stored, SavePlan.PlanStatus));
        Assert.Equal(SaveOutcomeChoice.Saved, RenewalScenario.Choice(stored, SavePlan.Outcome));
        Assert.Equal(20, stored.GetAttributeValue<int?>(SavePlan.TimeToSaveDays));
        Assert.Equal(40_000m, stored.GetAttributeValue<Money>(SavePlan.SavedArr).Value);
        Assert.Equal(3_000m, stored.GetAttributeValue<Money>(SavePlan.EffortCost).Value);
        Assert.Equal(s.Today.AddDays(26 * 7), s.Org.Find(Account.EntityLogicalName, account)!.GetAttributeValue<DateTime>(Account.PostSaveMonitoringUntil));
        Assert.Equal(26, HealthChecks(s, account).Count);
        Assert.Equal(26, response[LogSaveOutcomeApi.ResponseHealthCheckTasksCreated]);
        Assert.Equal(0, response[LogSaveOutcomeApi.ResponseWinBackTasksCreated]);
        Assert.Equal(20, response[LogSaveOutcomeApi.ResponseTimeToSaveDays]);
        Assert.StartsWith("Outcome Saved logged; the save plan is closed after 20 days. Post-save monitoring until ", (string)response[LogSaveOutcomeApi.ResponseMessage], StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_Lost_PlansTheContractsWinBackSeries()
    {
        var (s, account, contract, plan) = RedAccountWithPlan();

        var response = Log(s, plan, SaveOutcomeChoice.Lost);

        var winBack = WinBack(s, contract);
        Assert.Equal(3, winBack.Count);
        Assert.Equal(3, response[LogSaveOutcomeApi.ResponseWinBackTasksCreated]);
        Assert.All(winBack, task => Assert.Equal(account, task.GetAttributeValue<EntityReference>(TaskTable.RegardingObjectId).Id));
    }

    // Whichever comes first plans the series: here the renewal was lost before the plan's outcome was logged.
    [Fact]
    public void Execute_LostAfterTheRenewalWasLost_PlansNoSecondSeries()
    {
        var (s, _, contract, plan) = RedAccountWithPlan();
        s.Org.Service.Execute(new LoseOpportunityRequest // -1: the default status of the state, as a user closing from the form
        {
            OpportunityClose = new Entity(OpportunityClose.EntityLogicalName) { [OpportunityClose.OpportunityId] = s.Renewal(contract).ToEntityReference() },
            Status = new OptionSetValue(-1),
        });
        s.Org.RunAsyncJobs();
        Assert.Equal(3, WinBack(s, contract).Count);

        var response = Log(s, plan, SaveOutcomeChoice.Lost);

        Assert.Equal(3, WinBack(s, contract).Count);
        Assert.Equal(0, response[LogSaveOutcomeApi.ResponseWinBackTasksCreated]);
        Assert.EndsWith("The contract's win-back series was already planned when its renewal was lost.", (string)response[LogSaveOutcomeApi.ResponseMessage], StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_LoggedTwice_RefusedTheSecondTime()
    {
        var (s, _, _, plan) = RedAccountWithPlan();
        Log(s, plan, SaveOutcomeChoice.GracefulExit);

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => Log(s, plan, SaveOutcomeChoice.Saved, savedArr: 10_000m));

        Assert.Equal("The outcome cannot be logged: The outcome of this save plan was already logged (Graceful exit); an outcome is logged once.", refusal.Message);
    }

    // Every problem in one message, and nothing written: the plan stays open, no task, no monitoring.
    [Fact]
    public void Execute_SavedArrAboveTheContractAndAFutureDate_RefusedWithBothAndNothingWritten()
    {
        var (s, account, _, plan) = RedAccountWithPlan();
        var before = s.Org.Rows(TaskTable.EntityLogicalName).Count;

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => Log(s, plan, SaveOutcomeChoice.Saved, savedArr: 60_000m, outcomeDate: s.Today.AddDays(2)));

        Assert.Contains("is in the future", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("The saved ARR 60,000 is above the contract's ARR of 50,000; enter at most 50,000.", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(SavePlanStatusChoice.Open, RenewalScenario.Choice(s.Org.Find(SavePlan.EntityLogicalName, plan)!, SavePlan.PlanStatus));
        Assert.Equal(before, s.Org.Rows(TaskTable.EntityLogicalName).Count);
        Assert.Null(s.Org.Find(Account.EntityLogicalName, account)!.GetAttributeValue<DateTime?>(Account.PostSaveMonitoringUntil));
    }

    // Each refusal through the pipeline, with the words that say what to fix; the plan stays open and untouched.
    [Theory]
    [InlineData("unknown outcome", "Choose the outcome: Saved, Partially saved, Paused, Lost or Graceful exit.")]
    [InlineData("negative saved ARR", "The saved ARR cannot be negative; it is -5.")]
    [InlineData("negative hours", "The effort hours cannot be negative; they are -1.")]
    [InlineData("negative cost", "The effort cost cannot be negative; it is -100.")]
    [InlineData("ARR kept when lost", "A Lost outcome keeps no ARR; enter 0 or leave the saved ARR empty.")]
    [InlineData("before the plan opened", "is before the save plan was opened on")]
    public void Execute_InvalidInput_RefusedSayingWhatToFixAndNothingWritten(string input, string expected)
    {
        var (s, _, _, plan) = RedAccountWithPlan();
        var before = s.Org.Find(SavePlan.EntityLogicalName, plan)!;
        var request = new OrganizationRequest(LogSaveOutcomeApi.MessageName)
        {
            ["Target"] = new EntityReference(SavePlan.EntityLogicalName, plan),
            [LogSaveOutcomeApi.RequestOutcome] = new OptionSetValue(input switch { "unknown outcome" => 7, "ARR kept when lost" => SaveOutcomeChoice.Lost, _ => SaveOutcomeChoice.Saved }),
            [LogSaveOutcomeApi.RequestOutcomeDate] = input == "before the plan opened" ? s.Today.AddDays(-3) : s.Today,
            [LogSaveOutcomeApi.RequestSavedArr] = new Money(input switch { "negative saved ARR" => -5m, _ => 10_000m }),
            [LogSaveOutcomeApi.RequestEffortHours] = input == "negative hours" ? -1m : 1m,
            [LogSaveOutcomeApi.RequestEffortCost] = new Money(input == "negative cost" ? -100m : 100m),
        };

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => s.Org.Service.Execute(request));

        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before.Attributes.Count, s.Org.Find(SavePlan.EntityLogicalName, plan)!.Attributes.Count);
        Assert.Equal(SavePlanStatusChoice.Open, RenewalScenario.Choice(s.Org.Find(SavePlan.EntityLogicalName, plan)!, SavePlan.PlanStatus));
    }

    [Fact]
    public void Execute_OnAPlanClosedWithoutAnOutcome_RefusedAskingForANewPlan()
    {
        var (s, account, _, _) = RedAccountWithPlan();
        var closed = new Entity(SavePlan.EntityLogicalName, Guid.NewGuid())
        {
            [SavePlan.Name] = "Old plan",
            [SavePlan.Account] = new EntityReference(Account.EntityLogicalName, account),
            [SavePlan.PlanStatus] = new OptionSetValue(SavePlanStatusChoice.Closed),
        };
        s.Org.Seed(closed);

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => Log(s, closed.Id, SaveOutcomeChoice.Saved, savedArr: 1_000m));

        Assert.Contains("This save plan is already closed", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NamingConcessions_LinksThemToThePlan()
    {
        var (s, account, _, plan) = RedAccountWithPlan();
        var concession = Concession5(account);
        s.Org.Seed(concession);

        var response = Log(s, plan, SaveOutcomeChoice.Saved, savedArr: 45_000m, concessions: [concession.Id]);

        Assert.Equal(plan, s.Org.Find(Concession.EntityLogicalName, concession.Id)!.GetAttributeValue<EntityReference>(Concession.SavePlan).Id);
        Assert.EndsWith("1 concession(s) linked.", (string)response[LogSaveOutcomeApi.ResponseMessage], StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NamingAnotherAccountsConcession_RefusedAndThePlanStaysOpen()
    {
        var (s, _, _, plan) = RedAccountWithPlan();
        var other = s.SeedAccount(name: "Fabrikam");
        var concession = Concession5(other);
        s.Org.Seed(concession);

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => Log(s, plan, SaveOutcomeChoice.Saved, savedArr: 45_000m, concessions: [concession.Id]));

        Assert.Contains("belongs to another account", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(SavePlanStatusChoice.Open, RenewalScenario.Choice(s.Org.Find(SavePlan.EntityLogicalName, plan)!, SavePlan.PlanStatus));
    }

    internal static (RenewalScenario S, Guid Account, Guid Contract, Guid Plan) RedAccountWithPlan()
    {
        var s = RenewalScenario.Create();
        var (account, contract) = s.SeedGreenAccountWithOpenRenewal(daysToEnd: 100);
        s.TurnRed(account);
        return (s, account, contract, Assert.Single(s.Org.Rows(SavePlan.EntityLogicalName)).Id);
    }

    internal static ParameterCollection Log(
        RenewalScenario s, Guid plan, int outcome, decimal? savedArr = null, DateTime? outcomeDate = null, Guid[]? concessions = null)
    {
        var request = new OrganizationRequest(LogSaveOutcomeApi.MessageName)
        {
            ["Target"] = new EntityReference(SavePlan.EntityLogicalName, plan),
            [LogSaveOutcomeApi.RequestOutcome] = new OptionSetValue(outcome),
            [LogSaveOutcomeApi.RequestOutcomeDate] = outcomeDate ?? s.Today,
            [LogSaveOutcomeApi.RequestSavedArr] = new Money(savedArr ?? 0m),
            [LogSaveOutcomeApi.RequestEffortHours] = 12m,
            [LogSaveOutcomeApi.RequestEffortCost] = new Money(3_000m),
        };
        if (concessions is not null)
        {
            request[LogSaveOutcomeApi.RequestConcessions] = new EntityCollection(concessions.Select(id => new Entity(Concession.EntityLogicalName, id)).ToList());
        }

        return s.Org.Service.Execute(request).Results;
    }

    // A submitted 5% price discount of the account, as the gate stores one.
    private static Entity Concession5(Guid account) => new(Concession.EntityLogicalName, Guid.NewGuid())
    {
        [Concession.Name] = "5% discount",
        [Concession.Account] = new EntityReference(Account.EntityLogicalName, account),
        [Concession.ConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
        [Concession.DiscountPercent] = 5m,
        [Concession.TiedTo] = "3-year commitment",
        [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Submitted),
    };

    private static IReadOnlyList<Entity> HealthChecks(RenewalScenario s, Guid account) =>
        s.TasksRegarding(account).Where(task => RenewalScenario.Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.PostSaveHealthCheck).ToList();

    private static IReadOnlyList<Entity> WinBack(RenewalScenario s, Guid contract) =>
        s.Org.Rows(TaskTable.EntityLogicalName)
            .Where(task => task.GetAttributeValue<EntityReference>(TaskTable.Contract)?.Id == contract && RenewalScenario.Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.WinBack)
            .ToList();
}
