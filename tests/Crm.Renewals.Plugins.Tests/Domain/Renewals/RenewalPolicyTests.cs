using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Tests.Domain.Policies;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class RenewalPolicyTests
{
    [Fact]
    public void Parse_ShippedDefault_HasSpecDefaults()
    {
        var policy = RenewalPolicy.Parse(ShippedPolicyJson.Renewal);

        Assert.Equal((150, 120, 120, 180), (policy.EnterpriseLeadTimeDays, policy.MidMarketLeadTimeDays, policy.SmbLeadTimeDays, policy.AtRiskLeadTimeDays));
        Assert.Equal(0m, policy.UpliftPercent);
        Assert.Equal(100_000m, policy.SalesOwnershipArrThreshold);
        Assert.Null(policy.SalesOwner);
        Assert.Equal(new[] { 120, 90, 60, 45, 30, 14, 7, 0 }, policy.MilestoneOffsetsDays);
        Assert.Equal(new[] { 3, 6, 12 }, policy.WinBackMonths);
        Assert.Equal(RenewalPolicy.Default.MilestoneOffsetsDays, policy.MilestoneOffsetsDays);
    }

    [Theory]
    [InlineData("systemuser", OwnerType.User)] // a user owns sales renewals
    [InlineData("team", OwnerType.Team)] // a team owns sales renewals
    public void Parse_SalesOwner_ReadsTableAndId(string table, OwnerType expected)
    {
        var policy = RenewalPolicy.Parse("{\"salesOwner\":{\"table\":\"" + table + "\",\"id\":\"6f9619ff-8b86-d011-b42d-00c04fc964ff\"}}");

        Assert.Equal(new OwnerReference(expected, new Guid("6f9619ff-8b86-d011-b42d-00c04fc964ff")), policy.SalesOwner);
    }

    [Fact]
    public void Parse_PartialLeadTimes_KeepsOtherSegmentDefaults()
    {
        var policy = RenewalPolicy.Parse("{\"leadTimeDays\":{\"smb\":60}}");

        Assert.Equal((150, 120, 60), (policy.EnterpriseLeadTimeDays, policy.MidMarketLeadTimeDays, policy.SmbLeadTimeDays));
    }

    [Theory]
    [InlineData("{\"leadTimeDays\":{\"smb\":150}}", "leadTimeDays.smb is 150; allowed 30–120")] // the spec's example
    [InlineData("{\"leadTimeDays\":{\"smb\":29}}", "leadTimeDays.smb is 29; allowed 30–120")] // just below the SMB minimum
    [InlineData("{\"leadTimeDays\":{\"enterprise\":400}}", "leadTimeDays.enterprise is 400; allowed 30–365")] // beyond a year
    [InlineData("{\"leadTimeDays\":{\"large\":100}}", "unknown key \"large\" in leadTimeDays; allowed keys are enterprise, midMarket, smb")] // a segment that does not exist
    [InlineData("{\"leadTimeDays\":120}", "leadTimeDays is 120; expected an object")] // a number where the per-segment object belongs
    [InlineData("{\"atRiskLeadTimeDays\":170}", "atRiskLeadTimeDays is 170; allowed 180–365")] // "at-risk: 180+"
    [InlineData("{\"upliftPercent\":11}", "upliftPercent is 11; allowed 0–10")] // above the allowed uplift
    [InlineData("{\"upliftPercent\":-1}", "upliftPercent is -1; allowed 0–10")] // negative uplift
    [InlineData("{\"upliftPercent\":\"3%\"}", "upliftPercent is a string (\"3%\"); expected a number 0–10")] // a string with a percent sign
    [InlineData("{\"salesOwnershipArrThreshold\":-1}", "salesOwnershipArrThreshold is -1; allowed 0–1,000,000,000")] // negative threshold
    [InlineData("{\"salesOwner\":\"sales team\"}", "salesOwner is a string (\"sales team\"); expected null or an object")] // a name instead of a reference
    [InlineData("{\"salesOwner\":{\"table\":\"account\",\"id\":\"6f9619ff-8b86-d011-b42d-00c04fc964ff\"}}", "salesOwner.table is a string (\"account\"); allowed \"systemuser\", \"team\"")] // a table that cannot own records
    [InlineData("{\"salesOwner\":{\"table\":\"team\",\"id\":\"not-a-guid\"}}", "salesOwner.id is a string (\"not-a-guid\"); expected the user's or team's id as a GUID string")] // an id that is not a GUID
    [InlineData("{\"salesOwner\":{\"table\":\"team\"}}", "salesOwner.id is missing; expected the user's or team's id as a GUID string")] // the id missing
    [InlineData("{\"salesOwner\":{\"table\":\"team\",\"id\":\"00000000-0000-0000-0000-000000000000\"}}", "salesOwner.id is a string (\"00000000-0000-0000-0000-000000000000\"); expected")] // the empty GUID is no principal
    [InlineData("{\"salesOwner\":{\"table\":\"team\",\"id\":\"6f9619ff-8b86-d011-b42d-00c04fc964ff\",\"name\":\"x\"}}", "unknown key \"name\" in salesOwner; allowed keys are table, id")] // an extra key in the owner
    [InlineData("{\"milestoneOffsetsDays\":[120,90,60,45,30,14,7]}", "milestoneOffsetsDays has 7 entries; expected 8")] // one per milestone
    [InlineData("{\"milestoneOffsetsDays\":[120,90,60,45,30,14,7,7]}", "milestoneOffsetsDays must be strictly descending")] // two milestones on the same day
    [InlineData("{\"milestoneOffsetsDays\":[120,90,60,45,30,14,7,-1]}", "milestoneOffsetsDays[7] is -1; allowed 0–365")] // a milestone after the end date
    [InlineData("{\"milestoneOffsetsDays\":[120,90,60,45,30,14,7,\"0\"]}", "milestoneOffsetsDays[7] is a string (\"0\"); expected a whole number 0–365")] // a string in the list
    [InlineData("{\"winBackMonths\":[6,3]}", "winBackMonths must be strictly ascending; it is 6, 3")] // months out of order
    [InlineData("{\"winBackMonths\":[0]}", "winBackMonths[0] is 0; allowed 1–60")] // a win-back on the churn day itself
    [InlineData("{\"winBackMonths\":{}}", "winBackMonths is an object; expected an array of 0–12 entries")] // an object instead of a list
    public void Parse_BadValue_IsRefusedNamingKeyAndRange(string json, string expected)
    {
        var error = Assert.Throws<PolicyException>(() => RenewalPolicy.Parse(json));

        Assert.Contains("crr_RenewalPolicy: " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoWinBack_IsAllowed()
    {
        Assert.Empty(RenewalPolicy.Parse("{\"winBackMonths\":[]}").WinBackMonths);
    }

    [Theory]
    [InlineData(AccountSegment.Enterprise, null, 150)] // enterprise, never evaluated
    [InlineData(AccountSegment.MidMarket, RiskCategory.Yellow, 120)] // mid-market, Yellow
    [InlineData(AccountSegment.Smb, RiskCategory.Expansion, 120)] // SMB, Expansion
    [InlineData(AccountSegment.Smb, RiskCategory.Red, 180)] // SMB, Red: at-risk lead time
    [InlineData(AccountSegment.Enterprise, RiskCategory.Red, 180)] // enterprise, Red: 180 beats 150
    public void LeadTimeDays_SegmentAndRisk_FollowSpec(AccountSegment segment, RiskCategory? category, int expected)
    {
        Assert.Equal(expected, RenewalPolicy.Default.LeadTimeDays(segment, category));
    }

    [Fact]
    public void LeadTimeDays_RedNeverShortensALongerSegmentLeadTime()
    {
        var policy = RenewalPolicy.Default with { EnterpriseLeadTimeDays = 240 };

        Assert.Equal(240, policy.LeadTimeDays(AccountSegment.Enterprise, RiskCategory.Red));
        Assert.Equal(240, policy.LongestLeadTimeDays);
    }

    [Fact]
    public void LeadTimeDays_UndefinedSegment_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RenewalPolicy.Default.LeadTimeDays((AccountSegment)9, null));
    }
}
