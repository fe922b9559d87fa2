using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Risk;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Risk.RiskAccounts;

namespace Crm.Renewals.Plugins.Tests.Risk;

public class RiskHistoryPluginTests
{
    private const string CreateMessage = "Create";
    private const string UpdateMessage = "Update";
    private const string RetrieveMultipleMessage = "RetrieveMultiple";

    [Fact]
    public void Create_FirstEvaluation_WritesHistoryFromNotEvaluated()
    {
        var org = SolutionOrganization.Create();

        var id = Create(org, Healthy("Northwind"));

        var change = Assert.Single(History(org, id));
        Assert.Equal("Northwind: Not evaluated → Green", change.GetAttributeValue<string>(RiskChange.Name));
        Assert.Null(change.GetAttributeValue<OptionSetValue>(RiskChange.FromCategory));
        Assert.Equal(RiskCategoryChoice.Green, change.GetAttributeValue<OptionSetValue>(RiskChange.ToCategory).Value);
        Assert.Empty(SavePlans(org, id));
    }

    [Fact]
    public void Update_CategoryChanges_WritesOneRowWithFromToReasonsScoreAndTime()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Healthy("Northwind"));
        org.Clock.AdvanceDays(7);

        org.Service.Update(Change(id, (Account.BudgetSignal, true)));

        var change = History(org, id)[^1];
        Assert.Equal(2, History(org, id).Count);
        Assert.Equal("Northwind: Green → Yellow", change.GetAttributeValue<string>(RiskChange.Name));
        Assert.Equal(id, change.GetAttributeValue<EntityReference>(RiskChange.Account).Id);
        Assert.Equal(RiskCategoryChoice.Green, change.GetAttributeValue<OptionSetValue>(RiskChange.FromCategory).Value);
        Assert.Equal(RiskCategoryChoice.Yellow, change.GetAttributeValue<OptionSetValue>(RiskChange.ToCategory).Value);
        Assert.Equal("Budget signal (cost cutting or vendor review)", change.GetAttributeValue<string>(RiskChange.Reasons));
        Assert.Equal(41, change.GetAttributeValue<int>(RiskChange.RiskScore)); // Yellow band: 30 + floor(30 × 26 / 66), weight 1 flag × 20 + 30 × (100 − 80) / 100
        Assert.Equal(org.Clock.UtcNow, change.GetAttributeValue<DateTime>(RiskChange.ChangedOn));
    }

    [Fact]
    public void Update_CategoryStays_WritesNoHistoryRow()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Yellow());

        org.Service.Update(Change(id, (Account.HealthScore, 75)));

        Assert.Single(History(org, id));
    }

    [Fact]
    public void Update_EntersRed_OpensOneSavePlanForTheOwnerWithTheReasons()
    {
        var org = SolutionOrganization.Create();
        var csm = org.Users.CreateUser("Carla Mendes");
        var integration = org.Users.CreateUser("Health Sync");
        var id = Create(org, With(Yellow("Northwind"), (Account.OwnerId, csm)));
        org.Log.Clear();

        org.ServiceFor(integration).Update(Change(id, (Account.CompetitiveSignal, true)));

        var plan = Assert.Single(SavePlans(org, id));
        Assert.Equal("Save plan: Northwind", plan.GetAttributeValue<string>(SavePlan.Name));
        Assert.Equal(SavePlanStatusChoice.Open, plan.GetAttributeValue<OptionSetValue>(SavePlan.PlanStatus).Value);
        Assert.Equal(csm.Id, plan.GetAttributeValue<EntityReference>(SavePlan.OwnerId).Id);
        Assert.Equal(
            "Champion or decision maker left\nCompetitive signal with 1 other red flag",
            plan.GetAttributeValue<string>(SavePlan.RiskReasons));
        var change = History(org, id)[^1];
        Assert.Equal(integration.Id, change.GetAttributeValue<EntityReference>(RiskChange.OwnerId).Id);
        // Written as SYSTEM, so an integration without privileges on the history table can still save signals.
        Assert.NotEqual(integration.Id, change.GetAttributeValue<EntityReference>(RiskChange.CreatedBy).Id);
        Assert.Equal(2, org.Log.RequestsOf(CreateMessage).Count);
        Assert.Single(org.Log.RequestsOf(RetrieveMultipleMessage), request => request.EntityName == SavePlan.EntityLogicalName);
        Assert.All(org.Log.StepsOf<RiskHistoryPlugin>(), step => Assert.Equal(40, step.Stage));
    }

    [Fact]
    public void Create_AlreadyRed_OpensASavePlan()
    {
        var org = SolutionOrganization.Create();

        var id = Create(org, Red());

        Assert.Single(SavePlans(org, id));
        Assert.Equal(RiskCategoryChoice.Red, Assert.Single(History(org, id)).GetAttributeValue<OptionSetValue>(RiskChange.ToCategory).Value);
    }

    [Fact]
    public void Update_StaysRed_DoesNotFireTwice()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Log.Clear();

        org.Service.Update(Change(id, (Account.EngagementDrop, true)));
        org.Service.Update(Change(id, (Account.HealthScore, 20)));

        Assert.Single(SavePlans(org, id));
        Assert.Single(History(org, id));
        Assert.Empty(SolutionOrganization.PluginRequests(org.Log));
    }

    [Fact]
    public void Update_ReentersRedWhilePlanOpen_KeepsTheOnePlan()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());

        org.Service.Update(Change(id, (Account.HealthScore, 80)));
        org.Service.Update(Change(id, (Account.HealthScore, 30)));

        Assert.Single(SavePlans(org, id));
        Assert.Equal(
            new int?[] { RiskCategoryChoice.Red, RiskCategoryChoice.Yellow, RiskCategoryChoice.Red },
            History(org, id).Select(row => row.GetAttributeValue<OptionSetValue>(RiskChange.ToCategory)?.Value));
    }

    [Fact]
    public void Update_ReentersRedAfterThePlanClosed_OpensANewPlan()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        var first = Assert.Single(SavePlans(org, id));
        TestSupport.SavePlanClosing.Close(org, first.Id);
        org.Service.Update(Change(id, (Account.HealthScore, 80)));

        org.Service.Update(Change(id, (Account.HealthScore, 30)));

        Assert.Equal(2, SavePlans(org, id).Count);
        Assert.Single(SavePlans(org, id), plan => plan.GetAttributeValue<OptionSetValue>(SavePlan.PlanStatus).Value == SavePlanStatusChoice.Open);
    }

    [Fact]
    public void Update_RefusedUpdate_WritesNoHistoryAndNoPlan()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Yellow());

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Update(Change(id, (Account.CompetitiveSignal, true), (Account.HealthScore, 101))));

        Assert.Single(History(org, id));
        Assert.Empty(SavePlans(org, id));
        Assert.DoesNotContain(org.Log.StepsOf<RiskHistoryPlugin>(), step => step.MessageName == UpdateMessage);
    }
}
