using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Tests.Domain.Policies;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class ApprovalMatrixTests
{
    [Fact]
    public void Parse_ShippedDefault_HasSpecDefaults()
    {
        var matrix = ApprovalMatrix.Parse(ShippedPolicyJson.Approval);

        Assert.Equal(ApprovalMatrix.Default.DiscountBands, matrix.DiscountBands);
        Assert.Equal(
            new[] { AuthorityLevel.Vp, AuthorityLevel.Executive, AuthorityLevel.Csm, AuthorityLevel.Manager, AuthorityLevel.Director, AuthorityLevel.Vp, AuthorityLevel.Vp },
            new[] { matrix.DiscountAboveBandsLevel, matrix.EmergencyLevel, matrix.PaymentTermsLevel, matrix.ServiceLevel, matrix.ContractualLevel, matrix.CustomDealLevel, matrix.SunsetWaiverLevel });
        Assert.Equal((30m, 10m, 30m), (matrix.EmergencyDiscountFromPercent, matrix.SunsetRequiredAbovePercent, matrix.RationaleRequiredFromPercent));
        Assert.Equal(new[] { new PercentRange(5m, 10m), new PercentRange(15m, 20m), new PercentRange(25m, 30m) }, new[] { matrix.LowRiskGuidance, matrix.MediumRiskGuidance, matrix.HighRiskGuidance });
    }

    [Fact]
    public void Parse_OwnBands_ReplaceTheDefaultBands()
    {
        var matrix = ApprovalMatrix.Parse("{\"discountBands\":[{\"upToPercent\":7.5,\"level\":\"manager\"}],\"emergencyDiscountFromPercent\":20}");

        Assert.Equal(new[] { new DiscountBand(7.5m, AuthorityLevel.Manager) }, matrix.DiscountBands);
        Assert.Equal(20m, matrix.EmergencyDiscountFromPercent);
    }

    [Theory]
    [InlineData("{\"serviceLevel\":\"boss\"}", "serviceLevel is a string (\"boss\"); allowed \"csm\", \"manager\", \"director\", \"vp\", \"executive\"")] // a level that does not exist
    [InlineData("{\"serviceLevel\":\"Manager\"}", "serviceLevel is a string (\"Manager\"); allowed")] // level names are case-sensitive
    [InlineData("{\"emergencyLevel\":3}", "emergencyLevel is 3; allowed \"csm\"")] // a number where a level name belongs
    [InlineData("{\"discountBands\":[]}", "discountBands has 0 entries; expected 1–10")] // no bands at all
    [InlineData("{\"discountBands\":[5,15]}", "discountBands[0] is 5; expected an object")] // bands must be objects
    [InlineData("{\"discountBands\":[{\"upToPercent\":5}]}", "discountBands[0].upToPercent and discountBands[0].level are both required in every band")] // a band without its level
    [InlineData("{\"discountBands\":[{\"upToPercent\":105,\"level\":\"csm\"}]}", "discountBands[0].upToPercent is 105; allowed 0–100")] // a band above 100 %
    [InlineData("{\"discountBands\":[{\"upToPercent\":5,\"level\":\"csm\",\"note\":1}]}", "unknown key \"note\" in discountBands[0]; allowed keys are upToPercent, level")] // an extra key inside a band
    [InlineData("{\"discountBands\":[{\"upToPercent\":15,\"level\":\"csm\"},{\"upToPercent\":5,\"level\":\"manager\"}]}", "discountBands must rise: each band's upToPercent above the previous one and its level not lower; band 1 (5%, Manager) follows 15%, CSM")] // bands not ascending
    [InlineData("{\"discountBands\":[{\"upToPercent\":5,\"level\":\"director\"},{\"upToPercent\":15,\"level\":\"manager\"}]}", "discountBands must rise")] // a lower level for a bigger discount
    [InlineData("{\"emergencyDiscountFromPercent\":25}", "emergencyDiscountFromPercent (25) must be above the last band's upToPercent (25)")] // emergency threshold inside the last band
    [InlineData("{\"discountAboveBandsLevel\":\"manager\"}", "discountAboveBandsLevel must not be below the last band's level, and emergencyLevel not below discountAboveBandsLevel")] // above-bands level lower than the last band
    [InlineData("{\"emergencyLevel\":\"director\"}", "discountAboveBandsLevel must not be below the last band's level, and emergencyLevel not below discountAboveBandsLevel")] // emergency level lower than the above-bands level
    [InlineData("{\"sunsetRequiredAbovePercent\":-1}", "sunsetRequiredAbovePercent is -1; allowed 0–100")] // negative threshold
    [InlineData("{\"rationaleRequiredFromPercent\":101}", "rationaleRequiredFromPercent is 101; allowed 0–100")] // threshold above 100 %
    [InlineData("{\"guidance\":{\"low\":[10,5]}}", "guidance.low is [10, 5]; expected [from, to] with from not above to")] // guidance range reversed
    [InlineData("{\"guidance\":{\"low\":[5]}}", "guidance.low has 1 entry; expected 2")] // guidance range with one end
    [InlineData("{\"guidance\":{\"veryHigh\":[30,40]}}", "unknown key \"veryHigh\" in guidance; allowed keys are low, medium, high")] // a risk level that does not exist
    public void Parse_BadValue_IsRefusedNamingKeyAndRange(string json, string expected)
    {
        var error = Assert.Throws<PolicyException>(() => ApprovalMatrix.Parse(json));

        Assert.Contains("crr_ApprovalMatrix: " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorityLevels_Names_MatchSpecOrder()
    {
        Assert.Equal(new[] { "csm", "manager", "director", "vp", "executive" }, AuthorityLevels.JsonNames.Select(c => c.Name));
        Assert.Equal(new[] { "CSM", "Manager", "Director", "VP", "Executive" }, AuthorityLevels.JsonNames.Select(c => AuthorityLevels.DisplayName(c.Value)));
        Assert.True(AuthorityLevel.Csm < AuthorityLevel.Manager && AuthorityLevel.Manager < AuthorityLevel.Director
            && AuthorityLevel.Director < AuthorityLevel.Vp && AuthorityLevel.Vp < AuthorityLevel.Executive);
    }
}
