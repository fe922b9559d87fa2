using Crm.Renewals.Plugins.Domain.Approvals;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class ConcessionTransitionsTests
{
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
