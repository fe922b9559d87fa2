using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Risk;

public class RiskTransitionTests
{
    [Theory]
    [InlineData(null, RiskCategory.Green, true, false)] // first evaluation is a change (history row from empty)
    [InlineData(null, RiskCategory.Red, true, true)] // first evaluation already Red enters Red
    [InlineData(RiskCategory.Green, RiskCategory.Green, false, false)] // unchanged: no history row
    [InlineData(RiskCategory.Yellow, RiskCategory.Red, true, true)] // Yellow to Red
    [InlineData(RiskCategory.Expansion, RiskCategory.Red, true, true)] // Expansion straight to Red
    [InlineData(RiskCategory.Red, RiskCategory.Red, false, false)] // staying Red is not a new entry
    [InlineData(RiskCategory.Red, RiskCategory.Yellow, true, false)] // leaving Red
    public void Between_Categories_DecidesChangeAndRedEntry(RiskCategory? from, RiskCategory to, bool change, bool entry)
    {
        var transition = RiskTransition.Between(from, to);

        Assert.Equal(change, transition.IsChange);
        Assert.Equal(entry, transition.IsEntryIntoRed);
    }

    [Theory]
    [InlineData(RiskCategory.Yellow, false, true)] // entering Red without a plan opens one
    [InlineData(RiskCategory.Yellow, true, false)] // an open plan is kept, not duplicated
    [InlineData(RiskCategory.Red, false, false)] // no entry, no plan
    public void ShouldOpenSavePlan_EntryIntoRed_UnlessPlanOpen(RiskCategory from, bool planOpen, bool expected)
    {
        Assert.Equal(expected, RiskTransition.Between(from, RiskCategory.Red).ShouldOpenSavePlan(planOpen));
    }
}
