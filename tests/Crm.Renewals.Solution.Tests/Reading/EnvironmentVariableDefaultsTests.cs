using System.Text.Json.Nodes;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>
/// The environment variables ship the spec defaults in the exact JSON shapes the policy parsers
/// (Plugins Domain) read; the files may pretty-print them but must stay semantically identical.
/// </summary>
public sealed class EnvironmentVariableDefaultsTests
{
    [Theory]
    [InlineData("crr_RiskPolicy", """{"healthScoreRedFlagBelow":50,"healthScoreRedBelow":35,"healthScoreGreenFrom":70,"usageChangeRedFlagAtOrBelowPercent":-20,"adoptionRedFlagBelowPercent":50,"npsRedFlagBelow":0,"redFlagsForRed":2,"overrideValidDays":30}""")]
    [InlineData("crr_RenewalPolicy", """{"leadTimeDays":{"enterprise":150,"midMarket":120,"smb":120},"atRiskLeadTimeDays":180,"upliftPercent":0,"salesOwnershipArrThreshold":100000,"salesOwner":null,"milestoneOffsetsDays":[120,90,60,45,30,14,7,0],"winBackMonths":[3,6,12]}""")]
    [InlineData("crr_ApprovalMatrix", """{"discountBands":[{"upToPercent":5,"level":"csm"},{"upToPercent":15,"level":"manager"},{"upToPercent":25,"level":"director"}],"discountAboveBandsLevel":"vp","emergencyDiscountFromPercent":30,"emergencyLevel":"executive","paymentTermsLevel":"csm","serviceLevel":"manager","contractualLevel":"director","customDealLevel":"vp","sunsetRequiredAbovePercent":10,"sunsetWaiverLevel":"vp","rationaleRequiredFromPercent":30,"guidance":{"low":[5,10],"medium":[15,20],"high":[25,30]}}""")]
    [InlineData("crr_SavePolicy", """{"highValueArrFrom":50000,"mediumValueArrFrom":10000,"executiveEscalationArrFrom":50000,"comprehensiveFromDays":90,"compressedFromDays":30,"postSaveMonitoringWeeks":26,"winBackMonths":[3,6,12],"successBenchmark":{"solidFromPercent":50,"solidToPercent":60,"overInvestmentAbovePercent":70}}""")]
    public void DefaultValue_IsTheSpecDefaultJson(string schemaName, string expectedJson)
    {
        string? shipped = RealSolution.Model.EnvironmentVariables.Single(v => v.SchemaName == schemaName).DefaultValue;

        Assert.NotNull(shipped);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(shipped)),
            $"{schemaName} ships {shipped}; expected {expectedJson}");
    }
}
