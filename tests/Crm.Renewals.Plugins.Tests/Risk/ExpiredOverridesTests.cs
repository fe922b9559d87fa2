using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Risk.RiskAccounts;

namespace Crm.Renewals.Plugins.Tests.Risk;

/// <summary>The daily sweep lets expired overrides lapse on accounts nobody saved since (spec §2).</summary>
public sealed class ExpiredOverridesTests
{
    private const string Justification = "New champion named";

    [Fact]
    public void Sweep_OverrideExpiredWithoutAnyUpdate_CategoryFallsBackToComputedWithHistoryAndSavePlan()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Overridden(id, RiskCategoryChoice.Green));
        CloseSavePlans(org, id);
        var historyBefore = History(org, id).Count;
        org.Clock.AdvanceDays(32);

        Sweep(org);

        var account = Stored(org, id);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.StartsWith("Override to Green expired on", account.GetAttributeValue<string>(Account.RiskReasons), StringComparison.Ordinal);
        Assert.Equal(historyBefore + 1, History(org, id).Count);
        Assert.Single(OpenSavePlans(org, id));
    }

    // Defect 5 of the review: the account's own evaluation ended an override at the midnight starting its last
    // day, the sweep at the one ending it. Now both keep it through its last day, and a signal update during that
    // day does not hide the account from the next day's sweep.
    [Fact]
    public void Sweep_SignalUpdateDuringTheLastDay_KeepsTheOverrideThatDayAndLapsesItTheNextDay()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Overridden(id, RiskCategoryChoice.Green));
        var lastDay = Stored(org, id).GetAttributeValue<DateTime>(Account.OverrideUntil).Date;
        org.Clock.AdvanceDays((lastDay - org.Clock.UtcNow.Date).Days);
        org.Clock.Advance(TimeSpan.FromHours(23) - org.Clock.UtcNow.TimeOfDay);

        org.Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.Nps] = 5 });
        Assert.Equal(RiskCategoryChoice.Green, Stored(org, id).GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        org.Clock.AdvanceDays(1);
        Sweep(org);

        var account = Stored(org, id);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.Null(account.GetAttributeValue<OptionSetValue>(Account.OverrideCategory));
    }

    [Fact]
    public void Sweep_OverrideStillValid_LeavesTheAccountAlone()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Overridden(id, RiskCategoryChoice.Green));
        var evaluatedOn = Stored(org, id).GetAttributeValue<DateTime>(Account.RiskEvaluatedOn);
        org.Clock.AdvanceDays(10);

        Sweep(org);

        var account = Stored(org, id);
        Assert.Equal(RiskCategoryChoice.Green, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.Equal(evaluatedOn, account.GetAttributeValue<DateTime>(Account.RiskEvaluatedOn));
    }

    [Fact]
    public void Sweep_SecondDayAfterExpiry_DoesNotReevaluateAgain()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Service.Update(Overridden(id, RiskCategoryChoice.Green));
        org.Clock.AdvanceDays(32);
        Sweep(org);
        var evaluatedOn = Stored(org, id).GetAttributeValue<DateTime>(Account.RiskEvaluatedOn);
        org.Clock.AdvanceDays(1);
        org.Log.Clear();

        Sweep(org);

        Assert.Equal(evaluatedOn, Stored(org, id).GetAttributeValue<DateTime>(Account.RiskEvaluatedOn));
        Assert.DoesNotContain(org.Log.Requests, request => request.MessageName == "Update" && request.EntityName == Account.EntityLogicalName);
    }

    private static Entity Overridden(Guid id, int category) =>
        Change(id, (Account.OverrideCategory, new OptionSetValue(category)), (Account.OverrideJustification, Justification));

    private static void Sweep(OrganizationEmulator org) =>
        org.Service.Execute(new OrganizationRequest(GenerateRenewalsApi.MessageName));

    private static IReadOnlyList<Entity> OpenSavePlans(OrganizationEmulator org, Guid accountId) =>
        org.Rows(SavePlan.EntityLogicalName)
            .Where(plan => plan.GetAttributeValue<EntityReference>(SavePlan.Account)?.Id == accountId
                && plan.GetAttributeValue<OptionSetValue>(SavePlan.PlanStatus)?.Value == SavePlanStatusChoice.Open)
            .ToArray();

    // The account entered Red when it was created; closing that plan shows whether lapsing the override opens a new one.
    private static void CloseSavePlans(OrganizationEmulator org, Guid accountId)
    {
        foreach (var plan in OpenSavePlans(org, accountId))
        {
            TestSupport.SavePlanClosing.Close(org, plan.Id);
        }
    }
}
