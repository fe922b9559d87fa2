using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Renewals;
using Crm.Renewals.Plugins.Tests.Risk;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Renewals.RenewalScenario;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Renewals;

public class AccountRedRenewalPluginTests
{
    [Fact]
    public void Update_AccountEntersRed_GeneratesTheRenewalItsContractNowNeedsAtT170()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedGreenAccountBySignals();
        var contract = scenario.SeedContract(account, daysToEnd: 170);

        scenario.TurnRed(account);

        var renewal = scenario.Renewal(contract); // in the account update's own transaction

        Assert.Equal(RenewalStrategyChoice.SaveMode, Choice(renewal, Opportunity.RenewalStrategy));
        Assert.Equal(RiskCategoryChoice.Red, Choice(renewal, Opportunity.RiskCategory));
        Assert.Equal(RenewalMilestoneChoice.RedAccountReviewMeeting, Choice(scenario.TasksRegarding(renewal.Id)[0], TaskTable.Milestone));
    }

    [Fact]
    public void Update_AccountEntersRed_RenewsEveryContractInTheAtRiskWindowButNotBeyond()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedGreenAccountBySignals();
        var atT175 = scenario.SeedContract(account, daysToEnd: 175);
        var atT180 = scenario.SeedContract(account, daysToEnd: 180);
        var atT181 = scenario.SeedContract(account, daysToEnd: 181);

        scenario.TurnRed(account);

        Assert.Single(scenario.Renewals(atT175));
        Assert.Single(scenario.Renewals(atT180));
        Assert.Empty(scenario.Renewals(atT181));
    }

    [Fact]
    public void Update_AccountEntersYellow_GeneratesNothing()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedGreenAccountBySignals();
        var contract = scenario.SeedContract(account, daysToEnd: 170);

        scenario.Org.Service.Update(RiskAccounts.Change(account, (Account.ChampionLeft, true)));

        Assert.Equal(RiskCategoryChoice.Yellow, RiskAccounts.Category(scenario.Org, account));
        Assert.Empty(scenario.Renewals(contract));
    }

    [Fact]
    public void Update_AccountThatStaysRed_PullsNothingForward()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedGreenAccountBySignals();
        scenario.TurnRed(account);
        var contract = scenario.SeedContract(account, daysToEnd: 170); // added afterwards: the daily sweep's job, not this trigger's
        scenario.Org.Log.Clear();

        scenario.Org.Service.Update(RiskAccounts.Change(account, (Account.BudgetSignal, true)));

        Assert.Equal(RiskCategoryChoice.Red, RiskAccounts.Category(scenario.Org, account));
        Assert.Empty(scenario.Renewals(contract));
        Assert.Single(scenario.Org.Log.StepsOf<AccountRedRenewalPlugin>());
        Assert.DoesNotContain(scenario.Org.Log.Requests, request => request.EntityName == CustomerContract.EntityLogicalName); // no service call when not entering Red
    }

    [Fact]
    public void Update_AccountEntersRedWithTheTermAlreadyRenewed_CreatesNoSecondRenewal()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedGreenAccountBySignals();
        var contract = scenario.SeedContract(account, daysToEnd: 100);
        scenario.Sweep();

        scenario.TurnRed(account);

        Assert.Single(scenario.Renewals(contract));
    }

    [Fact]
    public void Update_OfAColumnRiskDoesNotRead_RunsNoRenewalStep()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedGreenAccountBySignals();

        scenario.Org.Service.Update(RiskAccounts.Change(account, (Account.Telephone1, "+1 555 0100")));

        Assert.Empty(scenario.Org.Log.StepsOf<AccountRedRenewalPlugin>());
    }

    [Fact]
    public void Update_AccountWithoutSegmentEntersRed_IsSavedAndTheContractIsLeftForTheSweepToReport()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedGreenAccountBySignals();
        var contract = scenario.SeedContract(account, daysToEnd: 170);
        scenario.Org.Service.Update(RiskAccounts.Change(account, (Account.Segment, null)));

        scenario.TurnRed(account);

        Assert.Equal(RiskCategoryChoice.Red, RiskAccounts.Category(scenario.Org, account));
        Assert.Empty(scenario.Renewals(contract));
        Assert.Contains(scenario.Org.Log.Traces, line => line.Contains("Failed. Segment (crr_segment) of the account", StringComparison.Ordinal));
    }
}
