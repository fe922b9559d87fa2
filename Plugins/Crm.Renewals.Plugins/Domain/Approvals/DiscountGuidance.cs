using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>
/// Guidance shown to the requester, not enforced (spec §4): the usual discount by account risk
/// (Green/Expansion low, Yellow medium, Red high) and the reminder not to discount when the
/// problem is not price.
/// </summary>
public static class DiscountGuidance
{
    /// <summary>The reminder every guidance text ends with.</summary>
    public const string NotPriceReminder = "Don't discount when the problem is not price.";

    /// <summary>The guidance text.</summary>
    /// <param name="category">The account's effective risk category, or null when never evaluated.</param>
    /// <param name="requestedTotalPercent">The renewal's total discount including the request, or null.</param>
    /// <param name="matrix">The approval matrix (guidance ranges).</param>
    /// <returns>E.g. "Low-risk account (Green): discounts of 5–10% are usual. 12% is above that. Don't discount when the problem is not price."</returns>
    public static string For(RiskCategory? category, decimal? requestedTotalPercent, ApprovalMatrix matrix)
    {
        if (matrix is null)
        {
            throw new System.ArgumentNullException(nameof(matrix));
        }

        if (category is not RiskCategory known)
        {
            return "The account's risk is not evaluated yet. Usual discounts: low risk " + Show(matrix.LowRiskGuidance) + ", medium risk "
                + Show(matrix.MediumRiskGuidance) + ", high risk " + Show(matrix.HighRiskGuidance) + ". " + NotPriceReminder;
        }

        var label = known switch
        {
            RiskCategory.Red => "High-risk",
            RiskCategory.Yellow => "Medium-risk",
            _ => "Low-risk",
        };
        var range = known switch
        {
            RiskCategory.Red => matrix.HighRiskGuidance,
            RiskCategory.Yellow => matrix.MediumRiskGuidance,
            _ => matrix.LowRiskGuidance,
        };
        var text = label + " account (" + known + "): discounts of " + Show(range) + " are usual.";
        if (requestedTotalPercent is decimal requested && requested > range.To)
        {
            text += " " + DomainText.Percent(requested) + " is above that.";
        }

        return text + " " + NotPriceReminder;
    }

    private static string Show(PercentRange range) => DomainText.Range(range.From, range.To) + "%";
}
