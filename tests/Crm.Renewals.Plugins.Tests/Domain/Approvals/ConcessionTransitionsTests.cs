using Crm.Renewals.Plugins.Domain.Approvals;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class ConcessionTransitionsTests
{
    private static readonly Guid FirstRenewal = new("00000000-0000-0000-0000-000000000001");

    private static readonly ConcessionState Approved = new() { Type = ConcessionType.PriceDiscount, DiscountPercent = 5m, Status = ConcessionStatus.Approved };

    [Theory]
    [InlineData("amount", "The discount changed from 5% to 8% after approval: the concession is back to Submitted and needs a new approval.")] // discount changed after approval
    [InlineData("type", "The type changed from Price discount to Service after approval: the concession is back to Submitted and needs a new approval.")] // type changed after approval
    [InlineData("custom flag", "It was flagged as a custom deal after approval: the concession is back to Submitted and needs a new approval.")] // custom-deal flag set after approval
    [InlineData("amount while re-approving", "The discount changed from 5% to 8% after approval: the concession is back to Submitted and needs a new approval.")] // the same save cannot carry its own approval
    public void Evaluate_ApprovedAndMaterialChange_BackToSubmittedApprovalCleared(string change, string note)
    {
        var after = change switch
        {
            "amount" => Approved with { DiscountPercent = 8m },
            "type" => Approved with { Type = ConcessionType.Service },
            "custom flag" => Approved with { IsCustomDeal = true },
            _ => Approved with { DiscountPercent = 8m, Status = ConcessionStatus.Approved },
        };

        var transition = ConcessionTransitions.Evaluate(Approved, after);

        Assert.Equal(ConcessionStatus.Submitted, transition.Status);
        Assert.True(transition.ClearApproval);
        Assert.False(transition.RequiresApprovalCheck);
        Assert.Equal(note, transition.Note);
    }

    [Theory]
    [InlineData("sunset", "The sunset changed after approval: the concession is back to Submitted and needs a new approval.")] // the sunset is part of the agreement
    [InlineData("waiver", "The sunset was waived after approval: the concession is back to Submitted and needs a new approval.")] // a waiver needs its own approval
    [InlineData("unwaived", "The sunset waiver was removed after approval: the concession is back to Submitted and needs a new approval.")] // and so does taking it back
    [InlineData("tied to", "What the discount is tied to changed after approval: the concession is back to Submitted and needs a new approval.")] // what the customer gives in return
    [InlineData("renewal", "It was moved to another renewal after approval: the concession is back to Submitted and needs a new approval.")] // the other renewal's total was never judged
    [InlineData("no renewal", "It was taken off its renewal after approval: the concession is back to Submitted and needs a new approval.")] // so was a total of none
    public void Evaluate_ApprovedAndTermsChanged_BackToSubmitted(string change, string note)
    {
        var before = Approved with { Sunset = "year 1 only", TiedTo = "3-year commitment", SunsetWaived = change == "unwaived", RenewalId = FirstRenewal };
        var after = change switch
        {
            "sunset" => before with { Sunset = "years 1-3" },
            "waiver" => before with { SunsetWaived = true },
            "unwaived" => before with { SunsetWaived = false },
            "renewal" => before with { RenewalId = new Guid("00000000-0000-0000-0000-000000000002") },
            "no renewal" => before with { RenewalId = null },
            _ => before with { TiedTo = "case study" },
        };

        var transition = ConcessionTransitions.Evaluate(before, after);

        Assert.Equal(ConcessionStatus.Submitted, transition.Status);
        Assert.True(transition.ClearApproval);
        Assert.Equal(note, transition.Note);
    }

    [Fact]
    public void Evaluate_ApprovedAndOnlyBlanksDiffer_StaysApproved()
    {
        var before = Approved with { Sunset = null, TiedTo = "3-year commitment" };

        var transition = ConcessionTransitions.Evaluate(before, before with { Sunset = "", TiedTo = "3-year commitment " });

        Assert.Equal(ConcessionStatus.Approved, transition.Status);
        Assert.False(transition.ClearApproval);
    }

    [Fact]
    public void Evaluate_ApprovedAndOnlyTextChanged_StaysApproved()
    {
        var transition = ConcessionTransitions.Evaluate(Approved, Approved);

        Assert.Equal(new ConcessionTransition { Status = ConcessionStatus.Approved }, transition);
    }

    [Theory]
    [InlineData(ConcessionStatus.Submitted)] // the normal path
    [InlineData(ConcessionStatus.Draft)] // approving a draft still goes through the check
    [InlineData(ConcessionStatus.Rejected)] // re-approving a rejected concession
    public void Evaluate_BecomingApproved_RequiresTheCheck(ConcessionStatus from)
    {
        var transition = ConcessionTransitions.Evaluate(Approved with { Status = from }, Approved);

        Assert.Equal(ConcessionStatus.Approved, transition.Status);
        Assert.True(transition.RequiresApprovalCheck);
        Assert.False(transition.ClearApproval);
    }

    [Fact]
    public void Evaluate_CreatedAsApproved_RequiresTheCheck()
    {
        Assert.True(ConcessionTransitions.Evaluate(null, Approved).RequiresApprovalCheck);
    }

    [Theory]
    [InlineData(ConcessionStatus.Rejected)] // rejected after approval
    [InlineData(ConcessionStatus.Submitted)] // sent back by hand
    public void Evaluate_LeavingApproved_ClearsTheApproval(ConcessionStatus to)
    {
        var transition = ConcessionTransitions.Evaluate(Approved, Approved with { Status = to });

        Assert.Equal(to, transition.Status);
        Assert.True(transition.ClearApproval);
        Assert.Equal("Approval withdrawn: the concession is now " + to + ".", transition.Note);
    }

    [Fact]
    public void Evaluate_ChangeBeforeApproval_IsJustSaved()
    {
        var submitted = Approved with { Status = ConcessionStatus.Submitted };

        Assert.Equal(new ConcessionTransition { Status = ConcessionStatus.Submitted }, ConcessionTransitions.Evaluate(submitted, submitted with { DiscountPercent = 9m }));
    }
}
