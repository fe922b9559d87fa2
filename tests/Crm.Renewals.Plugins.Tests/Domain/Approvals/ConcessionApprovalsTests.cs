using Crm.Renewals.Plugins.Domain.Approvals;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class ConcessionApprovalsTests
{
    private static readonly ConcessionRequest Discount = new() { Type = ConcessionType.PriceDiscount, TiedTo = "3-year commitment", Sunset = "year 1 only" };

    [Theory]
    [InlineData(0, AuthorityLevel.Csm)] // nothing yet: lowest band
    [InlineData(5, AuthorityLevel.Csm)] // ≤ 5 %
    [InlineData(5.01, AuthorityLevel.Manager)] // just above the CSM band
    [InlineData(15, AuthorityLevel.Manager)] // ≤ 15 %
    [InlineData(15.01, AuthorityLevel.Director)] // just above the Manager band
    [InlineData(25, AuthorityLevel.Director)] // ≤ 25 %
    [InlineData(25.01, AuthorityLevel.Vp)] // > 25 % and < 30 %
    [InlineData(29.99, AuthorityLevel.Vp)] // just below the emergency threshold
    [InlineData(30, AuthorityLevel.Executive)] // ≥ 30 %: emergency only
    [InlineData(100, AuthorityLevel.Executive)] // the whole price
    public void DiscountLevel_Total_FollowsMatrixBands(double total, AuthorityLevel expected)
    {
        Assert.Equal(expected, ConcessionApprovals.DiscountLevel((decimal)total, ApprovalMatrix.Default));
    }

    [Theory]
    [InlineData(ConcessionType.PaymentTerms, AuthorityLevel.Csm)] // payment terms
    [InlineData(ConcessionType.Service, AuthorityLevel.Manager)] // service concession
    [InlineData(ConcessionType.Contractual, AuthorityLevel.Director)] // contractual change
    [InlineData(ConcessionType.CustomDeal, AuthorityLevel.Vp)] // custom deal
    public void RequiredLevel_NonDiscountType_FollowsMatrix(ConcessionType type, AuthorityLevel expected)
    {
        Assert.Equal(expected, ConcessionApprovals.RequiredLevel(new ConcessionRequest { Type = type }, ApprovalMatrix.Default).Level);
    }

    [Theory]
    [InlineData(0, 5, AuthorityLevel.Csm)] // first 5 % request
    [InlineData(5, 5, AuthorityLevel.Manager)] // second 5 %: total 10 %
    [InlineData(20, 5, AuthorityLevel.Director)] // fifth 5 %: total 25 %
    [InlineData(25, 5, AuthorityLevel.Executive)] // sixth: total 30 %
    public void RequiredLevel_Discounts_AreCumulativePerRenewal(double alreadyApproved, double requested, AuthorityLevel expected)
    {
        var request = Discount with { DiscountPercent = (decimal)requested, OtherApprovedDiscountPercent = (decimal)alreadyApproved };

        Assert.Equal(expected, ConcessionApprovals.RequiredLevel(request, ApprovalMatrix.Default).Level);
    }

    [Fact]
    public void RequiredLevel_CombinedItems_TakesTheHighest()
    {
        var contractualWithSmallDiscount = new ConcessionRequest { Type = ConcessionType.Contractual, DiscountPercent = 3m };
        var serviceWithLargeDiscount = new ConcessionRequest { Type = ConcessionType.Service, DiscountPercent = 20m };
        var flaggedCustom = new ConcessionRequest { Type = ConcessionType.PaymentTerms, IsCustomDeal = true };

        Assert.Equal(AuthorityLevel.Director, ConcessionApprovals.RequiredLevel(contractualWithSmallDiscount, ApprovalMatrix.Default).Level);
        Assert.Equal(AuthorityLevel.Director, ConcessionApprovals.RequiredLevel(serviceWithLargeDiscount, ApprovalMatrix.Default).Level);
        Assert.Equal(AuthorityLevel.Vp, ConcessionApprovals.RequiredLevel(flaggedCustom, ApprovalMatrix.Default).Level);
    }

    [Fact]
    public void RequiredLevel_Reasons_NameEveryItem()
    {
        var request = new ConcessionRequest { Type = ConcessionType.Contractual, DiscountPercent = 7m, OtherApprovedDiscountPercent = 5m, IsCustomDeal = true };

        Assert.Equal(
            new[]
            {
                "A total discount of 12% on this renewal (5% already approved + 7% here) requires Manager",
                "A contractual change requires Director",
                "A concession flagged as a custom deal requires VP",
            },
            ConcessionApprovals.RequiredLevel(request, ApprovalMatrix.Default).Reasons);
    }

    [Theory]
    [InlineData(12, true, AuthorityLevel.Vp)] // a waived sunset above 10 % needs a VP
    [InlineData(10, true, AuthorityLevel.Manager)] // at 10 % no sunset is needed, so the waiver costs nothing
    [InlineData(12, false, AuthorityLevel.Manager)] // with a sunset the band decides
    public void RequiredLevel_SunsetWaiver_NeedsWaiverLevel(double discount, bool waived, AuthorityLevel expected)
    {
        var request = Discount with { DiscountPercent = (decimal)discount, SunsetWaived = waived, Sunset = null };

        Assert.Equal(expected, ConcessionApprovals.RequiredLevel(request, ApprovalMatrix.Default).Level);
    }

    [Fact]
    public void RequiredLevel_ConfiguredMatrix_IsHonoured()
    {
        var matrix = ApprovalMatrix.Default with { ServiceLevel = AuthorityLevel.Director, DiscountBands = new[] { new DiscountBand(10m, AuthorityLevel.Manager) } };

        Assert.Equal(AuthorityLevel.Director, ConcessionApprovals.RequiredLevel(new ConcessionRequest { Type = ConcessionType.Service }, matrix).Level);
        Assert.Equal(AuthorityLevel.Manager, ConcessionApprovals.DiscountLevel(2m, matrix));
        Assert.Equal(AuthorityLevel.Vp, ConcessionApprovals.DiscountLevel(10.5m, matrix));
    }

    [Theory]
    [InlineData(AuthorityLevel.Manager, false, AuthorityLevel.Director, false, "Requires Director; you are a Manager.")] // the spec's example
    [InlineData(AuthorityLevel.Director, false, AuthorityLevel.Director, true, "Requires Director; you are a Director, so you can approve it.")] // equal level suffices
    [InlineData(AuthorityLevel.Executive, false, AuthorityLevel.Csm, true, "Requires CSM; you are an Executive, so you can approve it.")] // higher authority approves lower requirements
    [InlineData(AuthorityLevel.Vp, false, AuthorityLevel.Executive, false, "Requires Executive; you are a VP.")] // one level short
    [InlineData(AuthorityLevel.Executive, true, AuthorityLevel.Csm, false, "Requires CSM; you requested this concession, so someone else must approve it.")] // no self-approval, whatever the level
    [InlineData(null, false, AuthorityLevel.Csm, false, "Requires CSM; you have no approval authority.")] // a user without an authority record
    public void Decide_Approver_ChecksLevelAndRequester(AuthorityLevel? approver, bool isRequester, AuthorityLevel required, bool expected, string reason)
    {
        var decision = ConcessionApprovals.Decide(approver, isRequester, required);

        Assert.Equal(expected, decision.CanApprove);
        Assert.Equal(reason, decision.Reason);
    }
}
