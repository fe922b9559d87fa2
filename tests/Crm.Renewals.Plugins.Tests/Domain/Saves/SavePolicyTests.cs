using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Tests.Domain.Policies;

namespace Crm.Renewals.Plugins.Tests.Domain.Saves;

public class SavePolicyTests
{
    [Fact]
    public void Parse_ShippedDefault_HasSpecDefaults()
    {
        var policy = SavePolicy.Parse(ShippedPolicyJson.Save);

        Assert.Equal((50_000m, 10_000m, 50_000m), (policy.HighValueArrFrom, policy.MediumValueArrFrom, policy.ExecutiveEscalationArrFrom));
        Assert.Equal((90, 30, 26), (policy.ComprehensiveFromDays, policy.CompressedFromDays, policy.PostSaveMonitoringWeeks));
        Assert.Equal(new[] { 3, 6, 12 }, policy.WinBackMonths);
        Assert.Equal((50m, 60m, 70m), (policy.SolidSuccessFromPercent, policy.SolidSuccessToPercent, policy.OverInvestmentAbovePercent));
    }

    [Theory]
    [InlineData("{\"highValueArrFrom\":-1}", "highValueArrFrom is -1; allowed 0–1,000,000,000")] // negative money threshold
    [InlineData("{\"mediumValueArrFrom\":60000}", "mediumValueArrFrom (60,000) must not be above highValueArrFrom (50,000)")] // value bands out of order
    [InlineData("{\"compressedFromDays\":90}", "compressedFromDays (90) must be below comprehensiveFromDays (90)")] // time modes must not overlap
    [InlineData("{\"comprehensiveFromDays\":0}", "comprehensiveFromDays is 0; allowed 1–365")] // zero days would make the mode meaningless
    [InlineData("{\"postSaveMonitoringWeeks\":53}", "postSaveMonitoringWeeks is 53; allowed 1–52")] // more than a year of weekly checks
    [InlineData("{\"winBackMonths\":[3,3]}", "winBackMonths must be strictly ascending; it is 3, 3")] // duplicate month
    [InlineData("{\"successBenchmark\":{\"solidFromPercent\":65}}", "successBenchmark must satisfy solidFromPercent ≤ solidToPercent ≤ overInvestmentAbovePercent; it is 65, 60, 70")] // benchmark ends out of order
    [InlineData("{\"successBenchmark\":{\"solidToPercent\":101}}", "successBenchmark.solidToPercent is 101; allowed 0–100")] // a percentage above 100
    [InlineData("{\"successBenchmark\":[50,60,70]}", "successBenchmark is an array; expected an object")] // wrong JSON type for a nested object
    [InlineData("{\"monitoringWeeks\":26}", "unknown key \"monitoringWeeks\"; allowed keys are")] // a near-miss spelling
    public void Parse_BadValue_IsRefusedNamingKeyAndRange(string json, string expected)
    {
        var error = Assert.Throws<PolicyException>(() => SavePolicy.Parse(json));

        Assert.Contains("crr_SavePolicy: " + expected, error.Message, StringComparison.Ordinal);
    }
}
