using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Policies;

/// <summary>Behaviour every policy shares (exercised through the risk policy).</summary>
public class PolicyParsingTests
{
    [Theory]
    [InlineData("", "crr_RiskPolicy: the value is empty; expected a JSON object")] // empty value
    [InlineData("  \n", "crr_RiskPolicy: the value is empty; expected a JSON object")] // whitespace only
    [InlineData("[1]", "crr_RiskPolicy: the value is an array; expected a JSON object")] // an array is not a policy
    [InlineData("\"x\"", "crr_RiskPolicy: the value is a string (\"x\"); expected a JSON object")] // a string is not a policy
    [InlineData("{\"redFlagsForRed\":2,}", "crr_RiskPolicy: line 1, column 21: expected a member name after ',' (a trailing comma is not allowed)")] // syntax error with its position
    [InlineData("{\n\"redFlagsForRed\" 2}", "crr_RiskPolicy: line 2, column 18: expected ':' after the member name \"redFlagsForRed\"")] // syntax error on the second line
    public void Parse_NotAJsonObject_NamesVariableAndPosition(string json, string expected)
    {
        var error = Assert.Throws<PolicyException>(() => RiskPolicy.Parse(json));

        Assert.Equal(expected, error.Message);
        Assert.Equal(RiskPolicy.VariableName, error.VariableName);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllAtOnce()
    {
        var error = Assert.Throws<PolicyException>(() => RiskPolicy.Parse("{\"redFlagsForRed\":1,\"colour\":\"red\",\"overrideValidDays\":\"30\"}"));

        Assert.Equal(
            new[]
            {
                "crr_RiskPolicy: redFlagsForRed is 1; allowed 2–10",
                "crr_RiskPolicy: overrideValidDays is a string (\"30\"); expected a whole number 1–365",
                "crr_RiskPolicy: unknown key \"colour\"; allowed keys are healthScoreRedFlagBelow, healthScoreRedBelow, healthScoreGreenFrom, "
                    + "usageChangeRedFlagAtOrBelowPercent, adoptionRedFlagBelowPercent, npsRedFlagBelow, redFlagsForRed, overrideValidDays",
            },
            error.Problems);
        Assert.Equal(string.Join("\n", error.Problems), error.Message);
    }

    [Theory]
    [InlineData(null)] // no value at all
    [InlineData("")] // empty value
    [InlineData("   ")] // blank value
    public void ParseOrDefault_NoValue_GivesDefault(string? json)
    {
        Assert.Same(RiskPolicy.Default, RiskPolicy.ParseOrDefault(json));
    }

    [Fact]
    public void ParseOrDefault_Value_IsParsedAndChecked()
    {
        Assert.Equal(3, RiskPolicy.ParseOrDefault("{\"redFlagsForRed\":3}").RedFlagsForRed);
        Assert.Throws<PolicyException>(() => RiskPolicy.ParseOrDefault("{\"redFlagsForRed\":30}"));
    }

    [Fact]
    public void Constructor_NoProblems_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new PolicyException("crr_X", Array.Empty<string>()));
    }
}
