using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Tasks;
using static Crm.Renewals.Plugins.Tests.Domain.Renewals.RenewalTestData;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class RenewalFollowTests
{
    private static readonly DateTime Today = DaysBeforeEnd(60);

    // A renewal generated while the account was Green: the CSM owns it, no review task.
    private static readonly OpenRenewal GreenRenewal = new()
    {
        Category = RiskCategory.Green,
        Strategy = RenewalStrategy.StreamlinedConfirmation,
        Owner = Csm,
        Arr = 50_000m,
        EstimatedRevenue = 50_000m,
        HasOpenRedAccountReview = false,
    };

    [Fact]
    public void Decide_GreenRenewalWithSalesConfigured_SwitchesToSaveModeSalesAndPlansTheReviewDueToday()
    {
        var change = EnterRed(GreenRenewal, Csm, Today, PolicyWithSales);

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

        var review = EnterRed(GreenRenewal, Csm, Today, RenewalPolicy.Default).RedAccountReview!;

        Assert.Equal((generated.Subject, generated.Description, generated.DueDate), (review.Subject, review.Description, review.DueDate));
    }

    [Fact]
    public void Decide_SalesOwnerNotConfigured_KeepsTheCsmAndSaysWhy()
    {
        var change = EnterRed(GreenRenewal, Csm, Today, RenewalPolicy.Default);

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

        var change = EnterRed(GreenRenewal with { Owner = colleague }, Csm, Today, RenewalPolicy.Default);

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

        var change = EnterRed(upToDate, Csm, Today, PolicyWithSales);

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
        var change = EnterRed(GreenRenewal with { HasOpenRedAccountReview = true }, Csm, Today, PolicyWithSales);

        Assert.Null(change.RedAccountReview);
        Assert.True(change.HasChanges);
    }

    [Fact]
    public void Decide_OnlyTheStrategyDiffers_ChangesOnlyTheStrategy()
    {
        var change = EnterRed(
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
        var change = EnterRed(GreenRenewal with { Arr = 120_000m }, Csm, Today, PolicyWithSales);

        Assert.Equal("ARR 120,000 is above the sales threshold of 100,000 and the account is Red: sales owns this renewal.", change.OwnerReason);
    }

    [Fact]
    public void Decide_AccountOwnerUnknown_TheRenewalsOwnerStandsInForTheCsm()
    {
        var change = EnterRed(GreenRenewal, accountOwner: null, Today, RenewalPolicy.Default);

        Assert.Null(change.Owner);
        Assert.Contains("the account's CSM owns it until one is set", change.OwnerReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoOwnerKnownAnywhereButSalesConfigured_AssignsSales()
    {
        var change = EnterRed(GreenRenewal with { Owner = null }, accountOwner: null, Today, PolicyWithSales);

        Assert.Equal(SalesTeam, change.Owner?.Owner);
    }

    [Fact]
    public void Decide_NoOwnerKnownAndNoSales_KeepsTheOwnerAndSaysWhy()
    {
        var change = EnterRed(GreenRenewal with { Owner = null }, accountOwner: null, Today, RenewalPolicy.Default);

        Assert.Null(change.Owner);
        Assert.Contains("the renewal keeps its owner", change.OwnerReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NullRenewal_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RenewalFollow.Decide(null!, Csm, enteringRed: true, Today, PolicyWithSales));
    }

    // Defect 8 of the review: only entering Red updated the open renewal.
    [Fact]
    public void Decide_RedRenewalWhoseAccountTurnsYellow_FollowsCategoryStrategyAndTheRuleBackToTheCsm()
    {
        var red = GreenRenewal with { Category = RiskCategory.Red, Strategy = RenewalStrategy.SaveMode, Owner = SalesTeam, AccountCategory = RiskCategory.Yellow };

        var change = RenewalFollow.Decide(red, Csm, enteringRed: false, Today, PolicyWithSales);

        Assert.Equal(RiskCategory.Yellow, change.Category);
        Assert.Equal(RenewalStrategy.ValueReinforcement, change.Strategy);
        Assert.Equal(Csm, change.Owner?.Owner);
        Assert.Null(change.RedAccountReview);
    }

    [Fact]
    public void Decide_RenewalReassignedByHandWhenTheCategoryChanges_KeepsItsOwnerAndSaysWhy()
    {
        var colleague = new OwnerReference(OwnerType.User, new Guid("44444444-4444-4444-4444-444444444444"));

        var change = EnterRed(GreenRenewal with { Owner = colleague }, Csm, Today, PolicyWithSales);

        Assert.Null(change.Owner);
        Assert.Equal(RiskCategory.Red, change.Category);
        Assert.StartsWith("The renewal was reassigned by hand, so it keeps its owner; the account is Red", change.OwnerReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ExpansionAccount_GetsExpansionFocus()
    {
        var change = RenewalFollow.Decide(GreenRenewal with { AccountCategory = RiskCategory.Expansion }, Csm, enteringRed: false, Today, PolicyWithSales);

        Assert.Equal((RiskCategory?)RiskCategory.Expansion, change.Category);
        Assert.Equal(RenewalStrategy.ExpansionFocus, change.Strategy);
        Assert.Null(change.Owner);
    }

    [Fact]
    public void Decide_ContractArrChangedAboveTheThreshold_SetsTheRevenueAndHandsTheRenewalToSales()
    {
        var change = RenewalFollow.Decide(
            GreenRenewal with { AccountCategory = RiskCategory.Green, Arr = 150_000m, EstimatedRevenue = 50_000m }, Csm, enteringRed: false, Today, PolicyWithSales);

        Assert.Equal(150_000m, change.EstimatedRevenue);
        Assert.Equal(SalesTeam, change.Owner?.Owner);
        Assert.Null(change.Category);
    }

    // Defect 1 of the review: a corrected end date created a second renewal. The open one moves instead.
    [Theory]
    [InlineData(30, 30, 30)] // ends a month later: term, close date and tasks a month later
    [InlineData(-20, -20, -20)] // ends earlier: everything earlier, the close date still ahead
    [InlineData(-80, -60, -80)] // moved before today (60 days before the old end): the close date is today, the term end is the contract's
    public void Decide_ContractEndDateCorrected_MovesTheTermAndCloseDateNeverBeforeToday(int shift, int closeFromOldEnd, int termFromOldEnd)
    {
        var renewal = GreenRenewal with { AccountCategory = RiskCategory.Green, TermEndDate = End, ContractEndDate = End.AddDays(shift) };

        var move = RenewalFollow.Decide(renewal, Csm, enteringRed: false, Today, PolicyWithSales).Term!;

        Assert.Equal(End.AddDays(termFromOldEnd), move.TermEndDate);
        Assert.Equal(End.AddDays(closeFromOldEnd), move.EstimatedCloseDate);
        Assert.Equal(shift, move.ShiftDays);
        var movedTask = move.MoveDue(Today.AddDays(5), Today); // an open task due in five days
        Assert.Equal(shift >= -5 ? Today.AddDays(5 + shift) : Today, movedTask);
    }

    [Fact]
    public void Decide_UpToDateRenewal_ChangesNothing()
    {
        var upToDate = GreenRenewal with { AccountCategory = RiskCategory.Green, TermEndDate = End, ContractEndDate = End, EstimatedRevenue = 50_000m };

        Assert.False(RenewalFollow.Decide(upToDate, Csm, enteringRed: false, Today, PolicyWithSales).HasChanges);
    }

    private static OpenRenewalChange EnterRed(OpenRenewal renewal, OwnerReference? accountOwner, DateTime today, RenewalPolicy policy) =>
        RenewalFollow.Decide(renewal with { AccountCategory = RiskCategory.Red }, accountOwner, enteringRed: true, today, policy);
}
