using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Risk;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Risk.RiskAccounts;

namespace Crm.Renewals.Plugins.Tests.Risk;

public class RiskOverrideTests
{
    private const string Justification = "Executive sponsor re-engaged on 2026-01-02";

    [Fact]
    public void Update_JustifiedOverride_WinsAndKeepsTheComputedCategory()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());

        org.Service.Update(Override(id, RiskCategoryChoice.Yellow, Justification));

        var account = Stored(org, id);
        var until = RiskOverrides.DefaultUntil(org.Clock.UtcNow, RiskPolicy.Default);
        Assert.Equal(RiskCategoryChoice.Yellow, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.ComputedCategory).Value);
        Assert.Equal(84, account.GetAttributeValue<int>(Account.RiskScore)); // the computed Red score, whatever the override
        Assert.Equal(until, account.GetAttributeValue<DateTime>(Account.OverrideUntil));
        Assert.Equal(
            "CSM override to Yellow until 2026-02-04 (computed Red): " + Justification + "\nHealth score 42 is below 50\nChampion or decision maker left",
            account.GetAttributeValue<string>(Account.RiskReasons));
    }

    [Fact]
    public void Update_OverrideWithItsOwnEnd_KeepsThatEnd()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        var end = org.Clock.Today.AddDays(10);

        org.Service.Update(Change(id, (Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Green)), (Account.OverrideJustification, Justification), (Account.OverrideUntil, end)));

        Assert.Equal(end, Stored(org, id).GetAttributeValue<DateTime>(Account.OverrideUntil));
        Assert.Equal(RiskCategoryChoice.Green, Category(org, id));
    }

    [Theory]
    [InlineData(null)] // no justification at all
    [InlineData("   ")] // blank is no justification
    public void Update_OverrideWithoutJustification_IsRefusedAndNothingSaved(string? justification)
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());

        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Update(Override(id, RiskCategoryChoice.Green, justification)));

        Assert.Equal(
            "The account's risk cannot be evaluated, so nothing was saved. Fix these columns:\n"
            + "- Override justification (crr_overridejustification): An override needs a justification: say why the account is Green although the signals say otherwise.",
            error.Message);
        Assert.Null(Stored(org, id).GetAttributeValue<OptionSetValue>(Account.OverrideCategory));
        Assert.Equal(RiskCategoryChoice.Red, Category(org, id));
    }

    [Fact]
    public void Update_OverrideEndingInThePast_IsRefusedWithSignalProblemsAtOnce()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        var yesterday = org.Clock.Today.AddDays(-1);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Update(
            Change(id, (Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Green)), (Account.OverrideUntil, yesterday), (Account.Nps, 300))));

        Assert.Equal(
            "The account's risk cannot be evaluated, so nothing was saved. Fix these columns:\n"
            + "- NPS (crr_nps): NPS must be from -100 to 100; it is 300.\n"
            + "- Override justification (crr_overridejustification): An override needs a justification: say why the account is Green although the signals say otherwise.\n"
            + "- Override until (crr_overrideuntil): The override end 2026-01-04 is in the past; choose today or a later date, or leave it empty for 30 days.",
            error.Message);
    }

    [Fact]
    public void Update_AfterTheOverrideExpired_TheComputedCategoryApplies()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Override(id, RiskCategoryChoice.Yellow, Justification));
        org.Clock.AdvanceDays(31);

        org.Service.Update(Change(id, (Account.HealthScore, 41)));

        var account = Stored(org, id);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.StartsWith("Override to Yellow expired on 2026-02-04\nHealth score 41 is below 50", account.GetAttributeValue<string>(Account.RiskReasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Update_WholeRowResentWithTheExpiredOverride_IsNotRefused()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Override(id, RiskCategoryChoice.Yellow, Justification));
        org.Clock.AdvanceDays(31);
        var stored = Stored(org, id);
        var resent = Change(id, (Account.HealthScore, 30));
        foreach (var column in AccountRiskColumns.Override)
        {
            resent[column] = stored.Contains(column) ? stored[column] : null;
        }

        org.Service.Update(resent);

        Assert.Equal(RiskCategoryChoice.Red, Category(org, id));
    }

    [Fact]
    public void Update_NewCategoryOverAnExpiredOverride_StartsANewValidity()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Override(id, RiskCategoryChoice.Yellow, Justification));
        org.Clock.AdvanceDays(40);

        org.Service.Update(Change(id, (Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Green))));

        Assert.Equal(RiskOverrides.DefaultUntil(org.Clock.UtcNow, RiskPolicy.Default), Stored(org, id).GetAttributeValue<DateTime>(Account.OverrideUntil));
        Assert.Equal(RiskCategoryChoice.Green, Category(org, id));
    }

    [Fact]
    public void Update_ClearingTheOverrideCategory_RemovesTheWholeOverride()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Override(id, RiskCategoryChoice.Yellow, Justification));

        org.Service.Update(Change(id, (Account.OverrideCategory, null)));

        var account = Stored(org, id);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.Null(account.GetAttributeValue<string>(Account.OverrideJustification));
        Assert.Null(account.GetAttributeValue<DateTime?>(Account.OverrideUntil));
    }

    [Fact]
    public void Update_OverrideOfRedAccount_WritesHistoryButOpensNoSecondPlan()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());

        org.Service.Update(Override(id, RiskCategoryChoice.Yellow, Justification));

        var change = History(org, id)[^1];
        Assert.Equal(RiskCategoryChoice.Red, change.GetAttributeValue<OptionSetValue>(RiskChange.FromCategory).Value);
        Assert.Equal(RiskCategoryChoice.Yellow, change.GetAttributeValue<OptionSetValue>(RiskChange.ToCategory).Value);
        Assert.Single(SavePlans(org, id));
    }

    [Fact]
    public void Create_WithJustifiedOverride_StoresBothCategories()
    {
        var org = SolutionOrganization.Create();

        var id = Create(org, With(Healthy(), (Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Red)), (Account.OverrideJustification, "Customer announced a vendor review")));

        var account = Stored(org, id);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.Equal(RiskCategoryChoice.Green, account.GetAttributeValue<OptionSetValue>(Account.ComputedCategory).Value);
        Assert.Single(SavePlans(org, id));
    }

    private static Entity Override(Guid id, int category, string? justification) =>
        Change(id, (Account.OverrideCategory, new OptionSetValue(category)), (Account.OverrideJustification, justification));
}
