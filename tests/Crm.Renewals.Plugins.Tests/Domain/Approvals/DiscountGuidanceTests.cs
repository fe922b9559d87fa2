using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class DiscountGuidanceTests
{
    [Theory]
    [InlineData(RiskCategory.Green, null, "Low-risk account (Green): discounts of 5–10% are usual. Don't discount when the problem is not price.")] // Green: low-risk range, nothing requested yet
    [InlineData(RiskCategory.Expansion, 8, "Low-risk account (Expansion): discounts of 5–10% are usual. Don't discount when the problem is not price.")] // Expansion counts as low risk; 8 % is inside the range
    [InlineData(RiskCategory.Yellow, 22, "Medium-risk account (Yellow): discounts of 15–20% are usual. 22% is above that. Don't discount when the problem is not price.")] // Yellow: 22 % exceeds the medium range
    [InlineData(RiskCategory.Red, 30, "High-risk account (Red): discounts of 25–30% are usual. Don't discount when the problem is not price.")] // the top of the range is not "above"
    [InlineData(null, null, "The account's risk is not evaluated yet. Usual discounts: low risk 5–10%, medium risk 15–20%, high risk 25–30%. Don't discount when the problem is not price.")] // never evaluated: all three ranges
    public void For_Risk_GivesRangeAndReminder(RiskCategory? category, int? requested, string expected)
    {
        Assert.Equal(expected, DiscountGuidance.For(category, requested, ApprovalMatrix.Default));
    }
}
