using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Renewals;
using Crm.Renewals.Plugins.Tests.Risk;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Renewals.RenewalScenario;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Renewals;

/// <summary>An account entering Red after its renewal was generated (at T-120, Red at T-60): the open renewal switches to save mode.</summary>
public class AccountRedOpenRenewalTests
{
    [Fact]
    public void Update_AccountEntersRedWithAnOpenGreenRenewal_SwitchesItToSaveModeForSalesWithOneReviewTask()
    {
        var scenario = RenewalScenario.Create();
        var salesTeam = scenario.ConfigureSalesTeam();
        var (account, contract) = scenario.SeedGreenAccountWithOpenRenewal();
        var generated = scenario.Renewal(contract);
        Assert.Equal(RenewalStrategyChoice.StreamlinedConfirmation, Choice(generated, Opportunity.RenewalStrategy));
        Assert.Equal(scenario.Csm, generated.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
        var tasksBefore = scenario.TasksRegarding(generated.Id).Count;
        UpdateColumnsRecorder.RegisterOn(scenario.Org, Opportunity.EntityLogicalName);

        scenario.TurnRed(account);

        var renewal = scenario.Renewal(contract);
        var sales = new EntityReference(Team.EntityLogicalName, salesTeam.Id);
        Assert.Equal(RiskCategoryChoice.Red, Choice(renewal, Opportunity.RiskCategory));
        Assert.Equal(RenewalStrategyChoice.SaveMode, Choice(renewal, Opportunity.RenewalStrategy));
        Assert.Equal(sales, renewal.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
        // One Update with the changed columns only; the owner change inside it is performed by the platform as Assign,
        // whose own Update carries the owner alone.
        Assert.Equal(
            new[] { string.Join(",", new[] { Opportunity.RiskCategory, Opportunity.RenewalStrategy, Opportunity.OwnerId }.OrderBy(c => c, StringComparer.Ordinal)), Opportunity.OwnerId },
            UpdateColumnsRecorder.Recorded(scenario.Org));
        var tasks = scenario.TasksRegarding(renewal.Id);
        Assert.Equal(tasksBefore + 1, tasks.Count);
        var review = Assert.Single(tasks, task => Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.RedAccountReviewMeeting);
        Assert.Equal("Red account review meeting", review.GetAttributeValue<string>(TaskTable.Subject));
        Assert.Equal(0, scenario.DaysFromToday(review, TaskTable.ScheduledEnd));
        Assert.Equal(sales, review.GetAttributeValue<EntityReference>(TaskTable.OwnerId));
    }

    [Fact]
    public void Update_AccountStaysRedAfterEnteringRed_ChangesNothingOnTheRenewal()
    {
        var scenario = RenewalScenario.Create();
        scenario.ConfigureSalesTeam();
        var (account, contract) = scenario.SeedGreenAccountWithOpenRenewal();
        scenario.TurnRed(account);
        var renewal = scenario.Renewal(contract);
        var tasks = scenario.TasksRegarding(renewal.Id).Count;
        scenario.Org.Log.Clear();

        scenario.Org.Service.Update(RiskAccounts.Change(account, (Account.BudgetSignal, true)));

        Assert.Equal(RiskCategoryChoice.Red, RiskAccounts.Category(scenario.Org, account));
        Assert.Equal(tasks, scenario.TasksRegarding(renewal.Id).Count);
        Assert.DoesNotContain(
            scenario.Org.Log.Requests,
            request => request.EntityName is Opportunity.EntityLogicalName or TaskTable.EntityLogicalName or CustomerContract.EntityLogicalName);
    }

    [Fact]
    public void Update_AccountEntersRedWithoutSalesOwnerConfigured_KeepsTheCsmAndTracesWhy()
    {
        var scenario = RenewalScenario.Create();
        var (account, contract) = scenario.SeedGreenAccountWithOpenRenewal();
        UpdateColumnsRecorder.RegisterOn(scenario.Org, Opportunity.EntityLogicalName);

        scenario.TurnRed(account);

        var renewal = scenario.Renewal(contract);
        Assert.Equal(scenario.Csm, renewal.GetAttributeValue<EntityReference>(Opportunity.OwnerId));
        Assert.Equal(RenewalStrategyChoice.SaveMode, Choice(renewal, Opportunity.RenewalStrategy));
        Assert.DoesNotContain(Opportunity.OwnerId, Assert.Single(UpdateColumnsRecorder.Recorded(scenario.Org)).Split(','));
        Assert.Contains(
            scenario.Org.Log.StepsOf<AccountRedRenewalPlugin>().SelectMany(step => step.Traces),
            line => line.Contains("no sales owner is configured (crr_RenewalPolicy salesOwner); the account's CSM owns it until one is set.", StringComparison.Ordinal));
        var review = Assert.Single(scenario.TasksRegarding(renewal.Id), task => Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.RedAccountReviewMeeting);
        Assert.Equal(scenario.Csm, review.GetAttributeValue<EntityReference>(TaskTable.OwnerId));
    }

    [Fact]
    public void Update_AccountReEntersRedWithTheReviewStillOpen_CreatesNoSecondReview()
    {
        var scenario = RenewalScenario.Create();
        var (account, contract) = scenario.SeedGreenAccountWithOpenRenewal();
        scenario.TurnRed(account);
        scenario.Org.Service.Update(RiskAccounts.Change(account, (Account.HealthScore, 90), (Account.ChampionLeft, false))); // Green again

        scenario.TurnRed(account);

        var renewal = scenario.Renewal(contract);
        Assert.Single(scenario.TasksRegarding(renewal.Id), task => Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.RedAccountReviewMeeting);
    }

    [Fact]
    public void Update_AccountEntersRedWithAClosedRenewal_LeavesItAlone()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedGreenAccountBySignals();
        var contract = scenario.SeedContract(account, daysToEnd: 100);
        var closed = new Entity(Opportunity.EntityLogicalName, Guid.NewGuid())
        {
            [Opportunity.Name] = "Renewal lost early",
            [Opportunity.IsRenewal] = true,
            [Opportunity.Contract] = new EntityReference(CustomerContract.EntityLogicalName, contract),
            [Opportunity.TermEndDate] = scenario.StoredContract(contract)[CustomerContract.EndDate],
            [Opportunity.RiskCategory] = new OptionSetValue(RiskCategoryChoice.Green),
            [Opportunity.StateCode] = new OptionSetValue(OpportunityStateCodeChoice.Lost),
            [Opportunity.StatusCode] = new OptionSetValue(OpportunityStatusCodeChoice.Canceled),
        };
        scenario.Org.Seed(closed);

        scenario.TurnRed(account);

        var renewal = scenario.Renewal(contract);
        Assert.Equal(closed.Id, renewal.Id);
        Assert.Equal(RiskCategoryChoice.Green, Choice(renewal, Opportunity.RiskCategory));
        Assert.Empty(scenario.TasksRegarding(renewal.Id));
    }
}
