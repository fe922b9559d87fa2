using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Risk;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Risk.RiskAccounts;

namespace Crm.Renewals.Plugins.Tests.Risk;

public class EvaluateAccountRiskPluginTests
{
    private const string UpdateMessage = "Update";
    private const string CreateMessage = "Create";

    [Fact]
    public void Execute_StoredSignals_ReturnsCategoryScoreAndReasonsWithoutSaving()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        var before = Stored(org, id);
        org.Clock.AdvanceDays(2);
        org.Log.Clear();

        var response = Evaluate(org, id);

        Assert.Equal(RiskCategoryChoice.Red, ((OptionSetValue)response[EvaluateAccountRiskApi.ResponseCategory]).Value);
        Assert.Equal(RiskCategoryChoice.Red, ((OptionSetValue)response[EvaluateAccountRiskApi.ResponseComputedCategory]).Value);
        Assert.Equal(84, response[EvaluateAccountRiskApi.ResponseRiskScore]); // Red band: 60 + floor(41 × 57.4 / 97.4)
        Assert.Equal("Health score 42 is below 50\nChampion or decision maker left", response[EvaluateAccountRiskApi.ResponseReasons]);
        Assert.Equal(false, response[EvaluateAccountRiskApi.ResponseIsOverridden]);
        Assert.Equal(org.Clock.UtcNow, response[EvaluateAccountRiskApi.ResponseEvaluatedOn]);
        Assert.Equal(before.GetAttributeValue<DateTime>(Account.RiskEvaluatedOn), Stored(org, id).GetAttributeValue<DateTime>(Account.RiskEvaluatedOn));
        Assert.Empty(org.Log.RequestsOf(UpdateMessage));
        Assert.Empty(org.Log.RequestsOf(CreateMessage));
        Assert.Equal(30, Assert.Single(org.Log.StepsOf<EvaluateAccountRiskPlugin>()).Stage);
    }

    [Fact]
    public void Execute_SignalsChangedWithoutPlugins_ReflectsTheCurrentSignals()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Healthy());
        var seeded = With(Healthy("Seeded"), (Account.HealthScore, 20));
        org.Seed(seeded);

        var response = Evaluate(org, seeded.Id);

        Assert.Equal(RiskCategoryChoice.Red, ((OptionSetValue)response[EvaluateAccountRiskApi.ResponseCategory]).Value);
        Assert.Null(Stored(org, seeded.Id).GetAttributeValue<OptionSetValue>(Account.RiskCategory));
        Assert.Equal(RiskCategoryChoice.Green, Category(org, id));
    }

    [Fact]
    public void Execute_ValidOverride_ReturnsTheOverrideAndTheComputedCategory()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Change(id, (Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Yellow)), (Account.OverrideJustification, "Signed LOI")));

        var response = Evaluate(org, id);

        Assert.Equal(RiskCategoryChoice.Yellow, ((OptionSetValue)response[EvaluateAccountRiskApi.ResponseCategory]).Value);
        Assert.Equal(RiskCategoryChoice.Red, ((OptionSetValue)response[EvaluateAccountRiskApi.ResponseComputedCategory]).Value);
        Assert.Equal(true, response[EvaluateAccountRiskApi.ResponseIsOverridden]);
    }

    [Fact]
    public void Execute_ExpiredOverride_ReturnsTheComputedCategory()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Change(id, (Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Yellow)), (Account.OverrideJustification, "Signed LOI")));
        org.Clock.AdvanceDays(45);

        var response = Evaluate(org, id);

        Assert.Equal(RiskCategoryChoice.Red, ((OptionSetValue)response[EvaluateAccountRiskApi.ResponseCategory]).Value);
        Assert.Equal(false, response[EvaluateAccountRiskApi.ResponseIsOverridden]);
        Assert.StartsWith("Override to Yellow expired on 2026-02-04", (string)response[EvaluateAccountRiskApi.ResponseReasons], StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_AccountThatDoesNotExist_Faults()
    {
        var org = SolutionOrganization.Create();

        Assert.Throws<OrganizationFaultException>(() => Evaluate(org, Guid.NewGuid()));
    }

    private static OrganizationResponse Evaluate(OrganizationEmulator org, Guid accountId) =>
        org.Service.Execute(new OrganizationRequest(EvaluateAccountRiskApi.MessageName) { ["Target"] = new EntityReference(Account.EntityLogicalName, accountId) });
}
