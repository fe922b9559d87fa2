using Crm.Renewals.Plugins.Domain.Approvals;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class ConcessionSaveRulesTests
{
    private static readonly ConcessionRequest FivePercent = new() { Type = ConcessionType.PriceDiscount, DiscountPercent = 5m, TiedTo = "3-year commitment" };

    private static readonly ConcessionState SubmittedFive = new() { Type = ConcessionType.PriceDiscount, DiscountPercent = 5m, TiedTo = "3-year commitment", Status = ConcessionStatus.Submitted };

    [Fact]
    public void Decide_Submit_AddsASubmittedStepWithTheRequiredLevel()
    {
        var outcome = Decide(new(FivePercent) { RequestedStatus = ConcessionStatus.Submitted });

        Assert.False(outcome.IsRefused);
        Assert.Equal(ConcessionStatus.Submitted, outcome.Status);
        Assert.Equal(AuthorityLevel.Csm, outcome.RequiredLevel);
        Assert.Equal(ApprovalAction.Submitted, outcome.ChainAction);
        Assert.Equal("A discount of 5% requires CSM", outcome.Comment);
        Assert.False(outcome.StampApproval);
    }

    [Fact]
    public void Decide_ApproveAtTheLevel_StampsAndAddsAnApprovedStep()
    {
        var outcome = Decide(new(FivePercent) { Before = SubmittedFive, RequestedStatus = ConcessionStatus.Approved, InitiatorLevel = AuthorityLevel.Csm });

        Assert.False(outcome.IsRefused);
        Assert.Equal(ConcessionStatus.Approved, outcome.Status);
        Assert.True(outcome.StampApproval);
        Assert.Equal(ApprovalAction.Approved, outcome.ChainAction);
        Assert.Equal("Requires CSM; you are a CSM, so you can approve it.", outcome.Comment);
    }

    // The approval sequence: taken on approval (it serializes approvals per renewal) and on a move to another renewal
    // (the old number may be one that renewal already gave out); any other save keeps it.
    [Theory]
    [InlineData("approve", true)]
    [InlineData("move", true)]
    [InlineData("edit text", false)]
    public void Decide_Save_TakesTheNextApprovalSequenceOnlyWhenApprovedOrMoved(string save, bool takes)
    {
        var first = new Guid("00000000-0000-0000-0000-000000000001");
        var before = SubmittedFive with { RenewalId = first };
        var request = save == "move" ? FivePercent with { RenewalId = new Guid("00000000-0000-0000-0000-000000000002") } : FivePercent with { RenewalId = first };
        var status = save == "approve" ? ConcessionStatus.Approved : ConcessionStatus.Submitted;

        var outcome = Decide(new(request) { Before = before, RequestedStatus = status, InitiatorLevel = AuthorityLevel.Csm });

        Assert.Equal(takes, outcome.TakesApprovalSequence);
    }

    [Fact]
    public void Decide_SecondFivePercentByACsm_RefusedBecauseTheTotalNeedsAManager()
    {
        var outcome = Decide(new(FivePercent with { OtherApprovedDiscountPercent = 5m })
        {
            Before = SubmittedFive,
            RequestedStatus = ConcessionStatus.Approved,
            InitiatorLevel = AuthorityLevel.Csm,
        });

        Assert.True(outcome.IsRefused);
        Assert.Equal(AuthorityLevel.Manager, outcome.RequiredLevel);
        Assert.Equal(
            "This concession cannot be approved by you. Requires Manager; you are a CSM. "
            + "A total discount of 10% on this renewal (5% already approved + 5% here) requires Manager.",
            outcome.ApprovalRefusal);
    }

    [Theory]
    [InlineData(true, AuthorityLevel.Executive)] // the requester approving their own request, whatever their level
    [InlineData(false, null)] // no authority at all
    public void Decide_ApproveWithoutTheRight_Refused(bool isRequester, AuthorityLevel? level)
    {
        var outcome = Decide(new(FivePercent) { Before = SubmittedFive, RequestedStatus = ConcessionStatus.Approved, InitiatorLevel = level, InitiatorIsRequester = isRequester });

        Assert.True(outcome.IsRefused);
        Assert.NotNull(outcome.ApprovalRefusal);
    }

    [Fact]
    public void Decide_CreatedAlreadyApproved_GoesThroughTheSameCheck()
    {
        var outcome = Decide(new(FivePercent with { DiscountPercent = 20m, Sunset = "year 1 only" }) { RequestedStatus = ConcessionStatus.Approved, InitiatorLevel = AuthorityLevel.Manager });

        Assert.True(outcome.IsRefused);
        Assert.Equal(AuthorityLevel.Director, outcome.RequiredLevel);
    }

    [Fact]
    public void Decide_InvalidFields_RefusedWithEveryProblemAndNoChainStep()
    {
        var outcome = Decide(new(new ConcessionRequest { Type = ConcessionType.PriceDiscount, DiscountPercent = 12m }) { RequestedStatus = ConcessionStatus.Submitted });

        Assert.True(outcome.IsRefused);
        Assert.Equal(new[] { ConcessionField.TiedTo, ConcessionField.Sunset }, outcome.Problems.Select(p => p.Field));
        Assert.Null(outcome.ChainAction);
    }

    [Fact]
    public void Decide_SunsetChangedAfterApproval_BackToSubmittedAndCleared()
    {
        var approved = SubmittedFive with { DiscountPercent = 12m, Sunset = "year 1 only", Status = ConcessionStatus.Approved };
        var request = FivePercent with { DiscountPercent = 12m, Sunset = "years 1-3" };

        var outcome = Decide(new(request) { Before = approved, RequestedStatus = ConcessionStatus.Approved, InitiatorLevel = AuthorityLevel.Executive });

        Assert.False(outcome.IsRefused);
        Assert.Equal(ConcessionStatus.Submitted, outcome.Status);
        Assert.True(outcome.ClearApproval);
        Assert.False(outcome.StampApproval);
        Assert.Equal(ApprovalAction.ReturnedToSubmitted, outcome.ChainAction);
        Assert.Equal("The sunset changed after approval: the concession is back to Submitted and needs a new approval.", outcome.Comment);
    }

    [Fact]
    public void Decide_SunsetWaivedByAManager_RefusedBecauseAWaiverNeedsAVp()
    {
        var request = FivePercent with { DiscountPercent = 12m, SunsetWaived = true };

        var outcome = Decide(new(request) { Before = SubmittedFive with { DiscountPercent = 12m, SunsetWaived = true }, RequestedStatus = ConcessionStatus.Approved, InitiatorLevel = AuthorityLevel.Manager });

        Assert.True(outcome.IsRefused);
        Assert.Equal(AuthorityLevel.Vp, outcome.RequiredLevel);
        Assert.Contains("Waiving the sunset requires VP", outcome.ApprovalRefusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Reject_AddsARejectedStepWithoutAnAuthorityCheck()
    {
        var outcome = Decide(new(FivePercent) { Before = SubmittedFive, RequestedStatus = ConcessionStatus.Rejected });

        Assert.False(outcome.IsRefused);
        Assert.Equal(ApprovalAction.Rejected, outcome.ChainAction);
    }

    [Fact]
    public void Decide_UnchangedStatus_NoChainStep()
    {
        var outcome = Decide(new(FivePercent with { BusinessRationale = "more words" }) { Before = SubmittedFive, RequestedStatus = ConcessionStatus.Submitted });

        Assert.Null(outcome.ChainAction);
    }

    private static ConcessionSaveOutcome Decide(ConcessionSaveInput input) => ConcessionSaveRules.Decide(input, ApprovalMatrix.Default);
}
