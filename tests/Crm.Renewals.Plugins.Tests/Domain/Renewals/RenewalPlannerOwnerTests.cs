using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using static Crm.Renewals.Plugins.Tests.Domain.Renewals.RenewalTestData;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

/// <summary>The ownership boundaries, through the planner's plan (the opportunity's owner and the reason stored on it).</summary>
public class RenewalPlannerOwnerTests
{
    [Theory]
    [InlineData(100_000, RiskCategory.Green, RenewalOwnerRole.Csm)] // ARR exactly 100,000: not above the threshold
    [InlineData(100_001, RiskCategory.Green, RenewalOwnerRole.Sales)] // above it
    [InlineData(10_000, RiskCategory.Red, RenewalOwnerRole.Sales)] // any Red account
    public void Decide_ArrAndRisk_PlanTheOwner(double arr, RiskCategory category, RenewalOwnerRole expected)
    {
        var plan = RenewalPlanner.Decide(Contract with { Arr = (decimal)arr }, Account with { Category = category }, DaysBeforeEnd(100), PolicyWithSales).Plan!;

        Assert.Equal(expected, plan.Owner.Role);
        Assert.Equal(expected == RenewalOwnerRole.Sales ? SalesTeam : Csm, plan.Owner.Owner);
    }
}
