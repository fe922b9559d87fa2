using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using static Crm.Renewals.Plugins.Tests.Domain.Renewals.RenewalTestData;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class RenewalOwnershipTests
{
    [Theory]
    [InlineData(100_000, RiskCategory.Green, RenewalOwnerRole.Csm)] // exactly the threshold stays with the CSM
    [InlineData(100_000.01, RiskCategory.Green, RenewalOwnerRole.Sales)] // a cent above goes to sales
    [InlineData(99_999, RiskCategory.Yellow, RenewalOwnerRole.Csm)] // below the threshold and not Red
    [InlineData(5_000, RiskCategory.Red, RenewalOwnerRole.Sales)] // any Red account goes to sales
    [InlineData(250_000, null, RenewalOwnerRole.Sales)] // unknown risk: ARR alone decides
    [InlineData(0, null, RenewalOwnerRole.Csm)] // nothing known: the CSM
    public void Decide_ArrAndRisk_FollowTheHybridModel(double arr, RiskCategory? category, RenewalOwnerRole expected)
    {
        var decision = RenewalOwnership.Decide((decimal)arr, category, Csm, PolicyWithSales);

        Assert.Equal(expected, decision.Role);
        Assert.Equal(expected == RenewalOwnerRole.Sales ? SalesTeam : Csm, decision.Owner);
    }

    [Fact]
    public void Decide_Reasons_ArePlainWords()
    {
        Assert.Equal(
            "The account's CSM owns this renewal: ARR 100,000 is not above the sales threshold of 100,000 and the account is not Red.",
            RenewalOwnership.Decide(100_000m, RiskCategory.Green, Csm, PolicyWithSales).Reason);
        Assert.Equal(
            "ARR 120,000 is above the sales threshold of 100,000 and the account is Red: sales owns this renewal.",
            RenewalOwnership.Decide(120_000m, RiskCategory.Red, Csm, PolicyWithSales).Reason);
    }

    [Fact]
    public void Decide_SalesOwnerNotConfigured_StaysWithCsmAndSaysWhy()
    {
        var decision = RenewalOwnership.Decide(5_000m, RiskCategory.Red, Csm, RenewalPolicy.Default);

        Assert.Equal(RenewalOwnerRole.Csm, decision.Role);
        Assert.Equal(Csm, decision.Owner);
        Assert.Equal(
            "The account is Red, so sales would own this renewal, but no sales owner is configured (crr_RenewalPolicy salesOwner); the account's CSM owns it until one is set.",
            decision.Reason);
    }

    [Fact]
    public void Decide_RaisedThreshold_IsHonoured()
    {
        var policy = PolicyWithSales with { SalesOwnershipArrThreshold = 250_000m };

        Assert.Equal(RenewalOwnerRole.Csm, RenewalOwnership.Decide(200_000m, RiskCategory.Green, Csm, policy).Role);
    }
}
