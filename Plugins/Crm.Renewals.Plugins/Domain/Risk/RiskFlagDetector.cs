using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// Raises the red flags of the spec §2 signal table. Unknown (null) signals never raise a flag.
/// Findings come out in the table's order, so the reasons are stable from one evaluation to the next.
/// </summary>
public static class RiskFlagDetector
{
    /// <summary>Finds every red flag in the signals.</summary>
    /// <param name="signals">The account's signals (validated).</param>
    /// <param name="policy">The thresholds.</param>
    /// <returns>The flags raised, in <see cref="RiskFlag"/> order.</returns>
    public static IReadOnlyList<RiskFlagFinding> Detect(RiskSignals signals, RiskPolicy policy)
    {
        var findings = new List<RiskFlagFinding>();
        if (signals.HealthScore is int health && health < policy.HealthScoreRedFlagBelow)
        {
            var threshold = health < policy.HealthScoreRedBelow ? policy.HealthScoreRedBelow : policy.HealthScoreRedFlagBelow;
            findings.Add(new RiskFlagFinding(
                RiskFlag.LowHealthScore,
                "Health score " + DomainText.Number(health) + " is below " + DomainText.Number(threshold)));
        }

        if (signals.UsageChangePercent is decimal change && change <= policy.UsageChangeRedFlagAtOrBelowPercent)
        {
            findings.Add(new RiskFlagFinding(
                RiskFlag.UsageDecline,
                "Usage change " + DomainText.Percent(change) + " is at or below " + DomainText.Percent(policy.UsageChangeRedFlagAtOrBelowPercent)));
        }

        if (signals.AdoptionPercent is decimal adoption && adoption < policy.AdoptionRedFlagBelowPercent)
        {
            findings.Add(new RiskFlagFinding(
                RiskFlag.LowAdoption,
                "Adoption " + DomainText.Percent(adoption) + " is below " + DomainText.Percent(policy.AdoptionRedFlagBelowPercent)));
        }

        AddSupportFlag(signals, policy, findings);
        if (signals.RelationshipStrength == RelationshipStrength.Weak)
        {
            findings.Add(new RiskFlagFinding(RiskFlag.WeakRelationship, "Relationship is weak"));
        }

        AddIfSet(signals.ChampionLeft, RiskFlag.ChampionLeft, "Champion or decision maker left", findings);
        AddIfSet(signals.CompetitiveSignal, RiskFlag.Competitive, "Competitive signal", findings);
        AddIfSet(signals.BudgetSignal, RiskFlag.Budget, "Budget signal (cost cutting or vendor review)", findings);
        AddIfSet(signals.BusinessChange, RiskFlag.BusinessChange, "Business change (layoffs, M&A or strategic pivot)", findings);
        AddIfSet(signals.EngagementDrop, RiskFlag.EngagementDrop, "Engagement dropped (skipped QBRs or declined trainings)", findings);
        return findings;
    }

    // Sentiment and NPS are one row of the signal table, so together they raise one flag, not two.
    private static void AddSupportFlag(RiskSignals signals, RiskPolicy policy, List<RiskFlagFinding> findings)
    {
        var parts = new List<string>();
        if (signals.SupportSentiment == SupportSentiment.Negative)
        {
            parts.Add("Support sentiment is negative");
        }

        if (signals.NetPromoterScore is int nps && nps < policy.NpsRedFlagBelow)
        {
            parts.Add("NPS " + DomainText.Number(nps) + " is below " + DomainText.Number(policy.NpsRedFlagBelow));
        }

        if (parts.Count > 0)
        {
            findings.Add(new RiskFlagFinding(RiskFlag.NegativeSupport, DomainText.List(parts)));
        }
    }

    private static void AddIfSet(bool? signal, RiskFlag flag, string reason, List<RiskFlagFinding> findings)
    {
        if (signal == true)
        {
            findings.Add(new RiskFlagFinding(flag, reason));
        }
    }
}
