using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Renewals;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Saves;

/// <summary>The save plan step through the emulated pipeline: what a plan carries when it opens, and its sizing.</summary>
public sealed class SavePlanPluginTests
{
    // Opened by the risk plugin on entering Red: ARR 50,000 is high value, probability not judged yet (medium assumed),
    // 100 days left is comprehensive, and high value with medium probability is a Full effort, which escalates.
    [Fact]
    public void Create_OnEnteringRed_CarriesContractRenewalArrDaysAndTheSizing()
    {
        var s = RenewalScenario.Create();
        var (account, contract) = s.SeedGreenAccountWithOpenRenewal(daysToEnd: 100);

        s.TurnRed(account);

        var plan = Assert.Single(s.Org.Rows(SavePlan.EntityLogicalName));
        Assert.Equal(contract, plan.GetAttributeValue<EntityReference>(SavePlan.Contract).Id);
        Assert.Equal(s.Renewal(contract).Id, plan.GetAttributeValue<EntityReference>(SavePlan.RenewalOpportunity).Id);
        Assert.Equal(RenewalScenario.DefaultArr, plan.GetAttributeValue<Money>(SavePlan.AccountValueArr).Value);
        Assert.Equal(100, plan.GetAttributeValue<int?>(SavePlan.DaysToRenewalAtStart));
        Assert.Equal(TimeModeChoice.Comprehensive, RenewalScenario.Choice(plan, SavePlan.TimeMode));
        Assert.Equal(EffortLevelChoice.Full, RenewalScenario.Choice(plan, SavePlan.EffortLevel));
        Assert.True(plan.GetAttributeValue<bool>(SavePlan.ExecutiveEscalationSuggested));
    }

    // By hand, 20 days before an 8,000 renewal: low value with medium probability is Light, and under 30 days is emergency.
    [Fact]
    public void Create_ByHandCloseToASmallRenewal_LightEffortInEmergencyMode()
    {
        var s = RenewalScenario.Create();
        var account = s.SeedAccount(category: RiskCategoryChoice.Red);
        s.SeedContract(account, daysToEnd: 20, arr: 8_000m);
        var id = s.Org.Service.Create(Plan(account));

        var plan = s.Org.Find(SavePlan.EntityLogicalName, id)!;

        Assert.Equal(20, plan.GetAttributeValue<int?>(SavePlan.DaysToRenewalAtStart));
        Assert.Equal(TimeModeChoice.Emergency, RenewalScenario.Choice(plan, SavePlan.TimeMode));
        Assert.Equal(EffortLevelChoice.Light, RenewalScenario.Choice(plan, SavePlan.EffortLevel));
        Assert.False(plan.GetAttributeValue<bool>(SavePlan.ExecutiveEscalationSuggested));
    }

    // The CSM judges the save unlikely: high value with low probability is only a Light effort; ARR still escalates.
    [Fact]
    public void Update_SaveProbabilitySetToLow_SizedAgainKeepingTheDays()
    {
        var s = RenewalScenario.Create();
        var (account, _) = s.SeedGreenAccountWithOpenRenewal(daysToEnd: 100);
        s.TurnRed(account);
        var plan = Assert.Single(s.Org.Rows(SavePlan.EntityLogicalName));
        s.AdvanceDays(15);

        s.Org.Service.Update(new Entity(SavePlan.EntityLogicalName, plan.Id) { [SavePlan.SaveProbability] = new OptionSetValue(SaveProbabilityChoice.Low) });

        var stored = s.Org.Find(SavePlan.EntityLogicalName, plan.Id)!;
        Assert.Equal(EffortLevelChoice.Light, RenewalScenario.Choice(stored, SavePlan.EffortLevel));
        Assert.Equal(100, stored.GetAttributeValue<int?>(SavePlan.DaysToRenewalAtStart));
        Assert.True(stored.GetAttributeValue<bool>(SavePlan.ExecutiveEscalationSuggested));
    }

    [Fact]
    public void Create_ClientSetsTheEffortLevel_TheServersIsStored()
    {
        var s = RenewalScenario.Create();
        var account = s.SeedAccount(category: RiskCategoryChoice.Red);
        s.SeedContract(account, daysToEnd: 20, arr: 8_000m);
        var plan = Plan(account);
        plan[SavePlan.EffortLevel] = new OptionSetValue(EffortLevelChoice.Full);

        var id = s.Org.Service.Create(plan);

        Assert.Equal(EffortLevelChoice.Light, RenewalScenario.Choice(s.Org.Find(SavePlan.EntityLogicalName, id)!, SavePlan.EffortLevel));
    }

    [Theory]
    [InlineData("outcome")] // an outcome typed into the form
    [InlineData("closed")] // closing the plan without an outcome
    public void Update_OutcomeWrittenDirectly_RefusedPointingToLogOutcome(string change)
    {
        var s = RenewalScenario.Create();
        var account = s.SeedAccount(category: RiskCategoryChoice.Red);
        s.SeedContract(account, daysToEnd: 60);
        var id = s.Org.Service.Create(Plan(account));
        var update = new Entity(SavePlan.EntityLogicalName, id);
        update[change == "outcome" ? SavePlan.Outcome : SavePlan.PlanStatus] = new OptionSetValue(change == "outcome" ? SaveOutcomeChoice.Saved : SavePlanStatusChoice.Closed);

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => s.Org.Service.Update(update));

        Assert.StartsWith("The outcome of a save plan is logged with Log outcome (crr_LogSaveOutcome)", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(SavePlanStatusChoice.Open, RenewalScenario.Choice(s.Org.Find(SavePlan.EntityLogicalName, id)!, SavePlan.PlanStatus));
    }

    // Guessing the days would put the plan in the wrong time mode: without a contract it opens unsized.
    [Fact]
    public void Create_AccountWithoutAnActiveContract_OpensUnsized()
    {
        var s = RenewalScenario.Create();
        var account = s.SeedAccount(category: RiskCategoryChoice.Red);

        var id = s.Org.Service.Create(Plan(account));

        var plan = s.Org.Find(SavePlan.EntityLogicalName, id)!;
        Assert.Null(plan.GetAttributeValue<OptionSetValue>(SavePlan.EffortLevel));
        Assert.Null(plan.GetAttributeValue<int?>(SavePlan.DaysToRenewalAtStart));
    }

    // Opened before the contract was in the CRM, then linked by the CSM: sized then, its days counted from the day it opened.
    [Fact]
    public void Update_LinkedToAContractLater_SizedFromTheDayItOpened()
    {
        var s = RenewalScenario.Create();
        var account = s.SeedAccount(category: RiskCategoryChoice.Red);
        var id = s.Org.Service.Create(Plan(account));
        s.AdvanceDays(10);
        var contract = s.SeedContract(account, daysToEnd: 50, arr: 30_000m);

        s.Org.Service.Update(new Entity(SavePlan.EntityLogicalName, id) { [SavePlan.Contract] = new EntityReference(CustomerContract.EntityLogicalName, contract) });

        var plan = s.Org.Find(SavePlan.EntityLogicalName, id)!;
        Assert.Equal(60, plan.GetAttributeValue<int?>(SavePlan.DaysToRenewalAtStart));
        Assert.Equal(30_000m, plan.GetAttributeValue<Money>(SavePlan.AccountValueArr).Value);
        Assert.Equal(TimeModeChoice.Compressed, RenewalScenario.Choice(plan, SavePlan.TimeMode));
        Assert.Equal(EffortLevelChoice.Standard, RenewalScenario.Choice(plan, SavePlan.EffortLevel));
    }

    internal static Entity Plan(Guid account) => new(SavePlan.EntityLogicalName)
    {
        [SavePlan.Name] = "Save plan",
        [SavePlan.Account] = new EntityReference(Account.EntityLogicalName, account),
        [SavePlan.PlanStatus] = new OptionSetValue(SavePlanStatusChoice.Open),
    };
}
