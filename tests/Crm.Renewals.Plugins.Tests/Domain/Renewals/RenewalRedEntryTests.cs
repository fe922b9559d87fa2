using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Tasks;
using static Crm.Renewals.Plugins.Tests.Domain.Renewals.RenewalTestData;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class RenewalRedEntryTests
{
    private static readonly DateTime Today = DaysBeforeEnd(60);

    // A renewal generated while the account was Green: the CSM owns it, no review task.
    private static readonly OpenRenewal GreenRenewal = new()
    {
        Category = RiskCategory.Green,
        Strategy = RenewalStrategy.StreamlinedConfirmation,
        Owner = Csm,
        Arr = 50_000m,
        HasOpenRedAccountReview = false,
    };

    [Fact]
    public void Decide_GreenRenewalWithSalesConfigured_SwitchesToSaveModeSalesAndPlansTheReviewDueToday()
    {
        var change = RenewalRedEntry.Decide(GreenRenewal, Csm, Today, PolicyWithSales);

        Assert.Equal(RiskCategory.Red, change.Category);
        Assert.Equal(RenewalStrategy.SaveMode, change.Strategy);
        Assert.Equal(SalesTeam, change.Owner?.Owner);
        Assert.Equal(RenewalOwnerRole.Sales, change.Owner?.Role);
        Assert.Equal(TaskMilestone.RedAccountReview, change.RedAccountReview?.Milestone);
        Assert.Equal(RenewalTaskPlanner.RedAccountReviewSubject, change.RedAccountReview?.Subject);
        Assert.Equal(Today, change.RedAccountReview?.DueDate);
        Assert.True(change.ChangesRenewal);
    }

    [Fact]
    public void Decide_ReviewTask_IsTheOneAGeneratedRedRenewalGets()
    {
        var generated = RenewalTaskPlanner.Plan(End, Today, RiskCategory.Red, RenewalPolicy.Default.AtRiskLeadTimeDays, RenewalPolicy.Default).Single(task => task.Milestone == TaskMilestone.RedAccountReview);

        var review = RenewalRedEntry.Decide(GreenRenewal, Csm, Today, RenewalPolicy.Default).RedAccountReview!;

        Assert.Equal((generated.Subject, generated.Description, generated.DueDate), (review.Subject, review.Description, review.DueDate));
    }

    [Fact]
    public void Decide_SalesOwnerNotConfigured_KeepsTheCsmAndSaysWhy()
    {
        var change = RenewalRedEntry.Decide(GreenRenewal, Csm, Today, RenewalPolicy.Default);

        Assert.Null(change.Owner);
        Assert.Equal(
            "The account is Red, so sales would own this renewal, but no sales owner is configured (crr_RenewalPolicy salesOwner); the account's CSM owns it until one is set.",
            change.OwnerReason);
        Assert.Equal(RiskCategory.Red, change.Category);
        Assert.Contains(change.OwnerReason, change.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SalesOwnerNotConfiguredAndRenewalHandedToSomeoneElse_LeavesTheOwner()
    {
        var colleague = new OwnerReference(OwnerType.User, new Guid("33333333-3333-3333-3333-333333333333"));

        var change = RenewalRedEntry.Decide(GreenRenewal with { Owner = colleague }, Csm, Today, RenewalPolicy.Default);

        Assert.Null(change.Owner);
    }

    [Fact]
    public void Decide_RenewalAlreadyInSaveModeWithSalesAndOpenReview_ChangesNothing()
    {
        var upToDate = GreenRenewal with
        {
            Category = RiskCategory.Red,
            Strategy = RenewalStrategy.SaveMode,
            Owner = SalesTeam,
            HasOpenRedAccountReview = true,
        };

        var change = RenewalRedEntry.Decide(upToDate, Csm, Today, PolicyWithSales);

        Assert.False(change.HasChanges);
        Assert.Null(change.Category);
        Assert.Null(change.Strategy);
        Assert.Null(change.Owner);
        Assert.Null(change.RedAccountReview);
        Assert.StartsWith("Nothing changes. ", change.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OpenReviewExists_PlansNoSecondReview()
    {
        var change = RenewalRedEntry.Decide(GreenRenewal with { HasOpenRedAccountReview = true }, Csm, Today, PolicyWithSales);

        Assert.Null(change.RedAccountReview);
        Assert.True(change.HasChanges);
    }

    [Fact]
    public void Decide_OnlyTheStrategyDiffers_ChangesOnlyTheStrategy()
    {
        var change = RenewalRedEntry.Decide(
            GreenRenewal with { Category = RiskCategory.Red, Owner = SalesTeam, HasOpenRedAccountReview = true },
            Csm,
            Today,
            PolicyWithSales);

        Assert.Equal(RenewalStrategy.SaveMode, change.Strategy);
        Assert.Null(change.Category);
        Assert.Null(change.Owner);
        Assert.Equal("Strategy set to SaveMode. The account is Red: sales owns this renewal.", change.ToString());
    }

    [Fact]
    public void Decide_ArrAboveThreshold_ReasonNamesBothCauses()
    {
        var change = RenewalRedEntry.Decide(GreenRenewal with { Arr = 120_000m }, Csm, Today, PolicyWithSales);

        Assert.Equal("ARR 120,000 is above the sales threshold of 100,000 and the account is Red: sales owns this renewal.", change.OwnerReason);
    }

    [Fact]
    public void Decide_AccountOwnerUnknown_TheRenewalsOwnerStandsInForTheCsm()
    {
        var change = RenewalRedEntry.Decide(GreenRenewal, accountOwner: null, Today, RenewalPolicy.Default);

        Assert.Null(change.Owner);
        Assert.Contains("the account's CSM owns it until one is set", change.OwnerReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoOwnerKnownAnywhereButSalesConfigured_AssignsSales()
    {
        var change = RenewalRedEntry.Decide(GreenRenewal with { Owner = null }, accountOwner: null, Today, PolicyWithSales);

        Assert.Equal(SalesTeam, change.Owner?.Owner);
    }

    [Fact]
    public void Decide_NoOwnerKnownAndNoSales_KeepsTheOwnerAndSaysWhy()
    {
        var change = RenewalRedEntry.Decide(GreenRenewal with { Owner = null }, accountOwner: null, Today, RenewalPolicy.Default);

        Assert.Null(change.Owner);
        Assert.Contains("the renewal keeps its owner", change.OwnerReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NullRenewal_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RenewalRedEntry.Decide(null!, Csm, Today, PolicyWithSales));
    }
}
