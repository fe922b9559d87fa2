using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Tests.Domain.Policies;

namespace Crm.Renewals.Plugins.Tests.Domain.Risk;

public class RiskPolicyTests
{
    [Fact]
    public void Parse_ShippedDefault_EqualsDefault()
    {
        Assert.Equal(RiskPolicy.Default, RiskPolicy.Parse(ShippedPolicyJson.Risk));
    }

    [Fact]
    public void Parse_EmptyObject_TakesEveryDefault()
    {
        var policy = RiskPolicy.Parse("{}");

        Assert.Equal(RiskPolicy.Default, policy);
        Assert.Equal((50, 35, 70, -20m, 50m, 0, 2, 30), (policy.HealthScoreRedFlagBelow, policy.HealthScoreRedBelow, policy.HealthScoreGreenFrom,
            policy.UsageChangeRedFlagAtOrBelowPercent, policy.AdoptionRedFlagBelowPercent, policy.NpsRedFlagBelow, policy.RedFlagsForRed, policy.OverrideValidDays));
    }

    [Fact]
    public void Parse_SomeKeys_OverridesOnlyThose()
    {
        var policy = RiskPolicy.Parse("{\"redFlagsForRed\":3,\"usageChangeRedFlagAtOrBelowPercent\":-12.5}");

        Assert.Equal(RiskPolicy.Default with { RedFlagsForRed = 3, UsageChangeRedFlagAtOrBelowPercent = -12.5m }, policy);
    }

    [Theory]
    [InlineData("{\"healthScoreRedFlagBelow\":101}", "healthScoreRedFlagBelow is 101; allowed 0–100")] // above the scale
    [InlineData("{\"healthScoreRedFlagBelow\":49.5}", "healthScoreRedFlagBelow is 49.5; expected a whole number 0–100")] // fractions refused for whole numbers
    [InlineData("{\"healthScoreRedBelow\":-1}", "healthScoreRedBelow is -1; allowed 0–100")] // below the scale
    [InlineData("{\"healthScoreRedBelow\":60}", "healthScoreRedBelow (60) must not be above healthScoreRedFlagBelow (50)")] // thresholds out of order
    [InlineData("{\"healthScoreGreenFrom\":40}", "healthScoreRedFlagBelow (50) must not be above healthScoreGreenFrom (40)")] // flag threshold above the green threshold
    [InlineData("{\"usageChangeRedFlagAtOrBelowPercent\":5}", "usageChangeRedFlagAtOrBelowPercent is 5; allowed -100–0")] // a rise is not a decline
    [InlineData("{\"adoptionRedFlagBelowPercent\":true}", "adoptionRedFlagBelowPercent is true; expected a number 0–100")] // a boolean where a number belongs
    [InlineData("{\"npsRedFlagBelow\":-101}", "npsRedFlagBelow is -101; allowed -100–100")] // below the NPS scale
    [InlineData("{\"redFlagsForRed\":11}", "redFlagsForRed is 11; allowed 2–10")] // more flags than exist
    [InlineData("{\"overrideValidDays\":0}", "overrideValidDays is 0; allowed 1–365")] // an override valid for no day
    [InlineData("{\"overrideValidDays\":null}", "overrideValidDays is null; expected a whole number 1–365")] // null is not "missing"
    [InlineData("{\"RedFlagsForRed\":2}", "unknown key \"RedFlagsForRed\"")] // keys are case-sensitive
    [InlineData("{\"healthScoreGreenFrom\":\"70\"}", "healthScoreGreenFrom is a string (\"70\"); expected a whole number 0–100")] // a number in quotes is text
    [InlineData("{\"usageChangeRedFlagAtOrBelowPercent\":-101}", "usageChangeRedFlagAtOrBelowPercent is -101; allowed -100–0")] // beyond losing all usage
    [InlineData("{\"adoptionRedFlagBelowPercent\":100.5}", "adoptionRedFlagBelowPercent is 100.5; allowed 0–100")] // more than all seats
    [InlineData("{\"npsRedFlagBelow\":101}", "npsRedFlagBelow is 101; allowed -100–100")] // above the NPS scale
    [InlineData("{\"redFlagsForRed\":1}", "redFlagsForRed is 1; allowed 2–10")] // one flag would skip Yellow entirely
    [InlineData("{\"overrideValidDays\":366}", "overrideValidDays is 366; allowed 1–365")] // longer than a year
    public void Parse_BadValue_IsRefusedNamingKeyAndRange(string json, string expected)
    {
        var error = Assert.Throws<PolicyException>(() => RiskPolicy.Parse(json));

        Assert.Contains("crr_RiskPolicy: " + expected, error.Problems[0], StringComparison.Ordinal);
    }
}
