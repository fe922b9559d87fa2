using Crm.Renewals.Plugins.Domain.Approvals;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class ConcessionValidatorTests
{
    private static readonly ConcessionRequest Complete = new()
    {
        Type = ConcessionType.PriceDiscount,
        DiscountPercent = 8m,
        TiedTo = "Case study participation",
    };

    [Fact]
    public void Validate_CompleteSmallDiscount_IsAccepted()
    {
        Assert.Empty(ConcessionValidator.Validate(Complete, ConcessionStatus.Submitted, ApprovalMatrix.Default));
    }

    [Theory]
    [InlineData("unknown type", ConcessionStatus.Draft, ConcessionField.Type, "Choose the concession type: Price discount, Payment terms, Service, Contractual or Custom deal.")] // type missing
    [InlineData("undefined type value", ConcessionStatus.Draft, ConcessionField.Type, "Choose the concession type: Price discount, Payment terms, Service, Contractual or Custom deal.")] // an option value the domain does not know
    [InlineData("negative", ConcessionStatus.Draft, ConcessionField.DiscountPercent, "The discount must be from 0% to 100%; it is -5%.")] // refused even in a draft
    [InlineData("over 100", ConcessionStatus.Draft, ConcessionField.DiscountPercent, "The discount must be from 0% to 100%; it is 100.5%.")] // above 100 %, even in a draft
    [InlineData("total over 100", ConcessionStatus.Draft, ConcessionField.DiscountPercent, "60% is already approved on this renewal, so 50% more would make 110%; the total discount cannot exceed 100%.")] // cumulative total above 100 %
    [InlineData("no percentage", ConcessionStatus.Submitted, ConcessionField.DiscountPercent, "Enter the discount percentage of this price discount (more than 0%).")] // a price discount without its percentage
    [InlineData("not tied", ConcessionStatus.Submitted, ConcessionField.TiedTo, "Every discount must be tied to something in return: enter it in Tied to (a multi-year commitment, case study participation, a value plan for a full-price renewal next year …).")] // blank tied-to
    [InlineData("no sunset", ConcessionStatus.Submitted, ConcessionField.Sunset, "Discounts above 10% need a sunset, and this is a discount of 12%: enter one (e.g. \"year 1 only\") or waive it, which needs a VP or higher to approve.")] // 12 % without a sunset
    [InlineData("no sunset on total", ConcessionStatus.Approved, ConcessionField.Sunset, "Discounts above 10% need a sunset, and this is a total discount of 11% on this renewal: enter one (e.g. \"year 1 only\") or waive it, which needs a VP or higher to approve.")] // 3 % on top of 8 % approved crosses 10 %
    public void Validate_BadInput_SaysExactlyWhatToFix(string defect, ConcessionStatus status, ConcessionField field, string expected)
    {
        var request = defect switch
        {
            "unknown type" => Complete with { Type = null },
            "undefined type value" => Complete with { Type = (ConcessionType)77 },
            "negative" => Complete with { DiscountPercent = -5m },
            "over 100" => Complete with { DiscountPercent = 100.5m },
            "total over 100" => Complete with { DiscountPercent = 50m, OtherApprovedDiscountPercent = 60m },
            "no percentage" => Complete with { DiscountPercent = null },
            "not tied" => Complete with { TiedTo = "  " },
            "no sunset" => Complete with { DiscountPercent = 12m },
            _ => Complete with { DiscountPercent = 3m, OtherApprovedDiscountPercent = 8m },
        };

        var problem = Assert.Single(ConcessionValidator.Validate(request, status, ApprovalMatrix.Default));

        Assert.Equal(field, problem.Field);
        Assert.Equal(expected, problem.Message);
    }

    [Theory]
    [InlineData(10, false)] // exactly 10 %: no sunset needed
    [InlineData(10.01, true)] // above 10 %
    public void Validate_SunsetThreshold_IsExclusive(double discount, bool sunsetRequired)
    {
        var problems = ConcessionValidator.Validate(Complete with { DiscountPercent = (decimal)discount }, ConcessionStatus.Submitted, ApprovalMatrix.Default);

        Assert.Equal(sunsetRequired, problems.Any(p => p.Field == ConcessionField.Sunset));
    }

    [Fact]
    public void Validate_WaivedSunset_IsAccepted()
    {
        Assert.Empty(ConcessionValidator.Validate(Complete with { DiscountPercent = 20m, SunsetWaived = true }, ConcessionStatus.Submitted, ApprovalMatrix.Default));
    }

    [Theory]
    [InlineData(29.99, 0)] // below 30 %: no rationale needed
    [InlineData(30, 3)] // from 30 %: rationale, churn risk and alternatives
    public void Validate_EmergencyDiscount_NeedsRationaleChurnRiskAndAlternatives(double discount, int expectedProblems)
    {
        var request = Complete with { DiscountPercent = (decimal)discount, Sunset = "year 1 only" };

        var problems = ConcessionValidator.Validate(request, ConcessionStatus.Submitted, ApprovalMatrix.Default);

        Assert.Equal(expectedProblems, problems.Count);
        if (expectedProblems > 0)
        {
            Assert.Equal(new[] { ConcessionField.BusinessRationale, ConcessionField.ChurnRisk, ConcessionField.AlternativesConsidered }, problems.Select(p => p.Field));
            Assert.Equal("A written business rationale is required for discounts of 30% or more, and this is a discount of 30%.", problems[0].Message);
            Assert.Equal("A list of the alternatives considered is required for discounts of 30% or more, and this is a discount of 30%.", problems[2].Message);
        }
    }

    [Fact]
    public void Validate_EmergencyDiscountWithEverything_IsAccepted()
    {
        var request = Complete with
        {
            DiscountPercent = 35m,
            Sunset = "year 1 only",
            BusinessRationale = "Competitor offer at 40% below",
            ChurnRisk = "80% - procurement has signed the competitor's LOI",
            AlternativesConsidered = "Scope reduction; payment terms",
        };

        Assert.Empty(ConcessionValidator.Validate(request, ConcessionStatus.Submitted, ApprovalMatrix.Default));
    }

    [Fact]
    public void Validate_Draft_MayBeIncomplete()
    {
        var unfinished = new ConcessionRequest { Type = ConcessionType.PriceDiscount, DiscountPercent = 35m };

        Assert.Empty(ConcessionValidator.Validate(unfinished, ConcessionStatus.Draft, ApprovalMatrix.Default));
        Assert.Equal(5, ConcessionValidator.Validate(unfinished, ConcessionStatus.Submitted, ApprovalMatrix.Default).Count); // tied-to, sunset and the three rationale fields
    }

    [Fact]
    public void Validate_NonDiscountConcession_NeedsNoTiedToOrSunset()
    {
        Assert.Empty(ConcessionValidator.Validate(new ConcessionRequest { Type = ConcessionType.Service, OtherApprovedDiscountPercent = 40m }, ConcessionStatus.Submitted, ApprovalMatrix.Default));
    }

    [Fact]
    public void Validate_OtherTypeCarryingADiscount_IsTreatedAsADiscount()
    {
        var problem = Assert.Single(ConcessionValidator.Validate(new ConcessionRequest { Type = ConcessionType.Contractual, DiscountPercent = 4m }, ConcessionStatus.Submitted, ApprovalMatrix.Default));

        Assert.Equal(ConcessionField.TiedTo, problem.Field);
    }
}
