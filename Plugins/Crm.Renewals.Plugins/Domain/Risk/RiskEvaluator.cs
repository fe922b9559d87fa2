using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// Computes the risk category of spec §2. The rules are evaluated in the spec's order:
/// <list type="number">
/// <item>Red: at least <see cref="RiskPolicy.RedFlagsForRed"/> flags, or a competitive signal with any other flag, or health below <see cref="RiskPolicy.HealthScoreRedBelow"/>.</item>
/// <item>Yellow: at least one flag (exactly one with the default of two for Red), or health below <see cref="RiskPolicy.HealthScoreGreenFrom"/>, or a moderate relationship with neutral sentiment.</item>
/// <item>Expansion: otherwise, with a strong relationship and at least one growth signal.</item>
/// <item>Green otherwise.</item>
/// </list>
/// "At least one" rather than the spec's "exactly one" keeps every flag count below a raised
/// Red threshold in Yellow instead of letting it fall through to Green.
/// </summary>
public static class RiskEvaluator
{
    private const int MinHealthScore = 0;
    private const int MaxHealthScore = 100;
    private const decimal MinPercent = 0m;
    private const decimal MaxPercent = 100m;
    private const int MinNps = -100;
    private const int MaxNps = 100;
    private const decimal LargestPossibleDropPercent = -100m;

    /// <summary>Checks the signals' ranges; an empty list means they can be evaluated.</summary>
    /// <param name="signals">The signals.</param>
    /// <returns>One problem per signal out of range, naming the signal and the allowed range.</returns>
    public static IReadOnlyList<ValidationProblem<RiskSignal>> Validate(RiskSignals signals)
    {
        if (signals is null)
        {
            throw new ArgumentNullException(nameof(signals));
        }

        var problems = new List<ValidationProblem<RiskSignal>>();
        if (signals.HealthScore is int health && (health < MinHealthScore || health > MaxHealthScore))
        {
            problems.Add(new(RiskSignal.HealthScore, "Health score must be from 0 to 100; it is " + DomainText.Number(health) + "."));
        }

        if (signals.UsageChangePercent is decimal change && change < LargestPossibleDropPercent)
        {
            problems.Add(new(RiskSignal.UsageChangePercent, "Usage change must be -100% or more (usage cannot drop by more than all of it); it is " + DomainText.Percent(change) + "."));
        }

        if (signals.AdoptionPercent is decimal adoption && (adoption < MinPercent || adoption > MaxPercent))
        {
            problems.Add(new(RiskSignal.AdoptionPercent, "Adoption must be from 0% to 100% of licensed seats; it is " + DomainText.Percent(adoption) + "."));
        }

        if (signals.NetPromoterScore is int nps && (nps < MinNps || nps > MaxNps))
        {
            problems.Add(new(RiskSignal.NetPromoterScore, "NPS must be from -100 to 100; it is " + DomainText.Number(nps) + "."));
        }

        return problems;
    }

    /// <summary>Evaluates the signals.</summary>
    /// <param name="signals">The signals; call <see cref="Validate"/> first.</param>
    /// <param name="policy">The thresholds.</param>
    /// <returns>Category, score and reasons.</returns>
    /// <exception cref="ArgumentException">A signal is out of range (the message lists them).</exception>
    public static RiskAssessment Evaluate(RiskSignals signals, RiskPolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var problems = Validate(signals);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), nameof(signals));
        }

        var findings = RiskFlagDetector.Detect(signals, policy);
        var flagCount = findings.Count;
        var competitiveWithOther = signals.CompetitiveSignal == true && flagCount > 1;
        var mixedSignals = signals.RelationshipStrength == RelationshipStrength.Moderate
            && signals.SupportSentiment == SupportSentiment.Neutral;
        var middlingHealth = signals.HealthScore is int health
            && health >= policy.HealthScoreRedFlagBelow && health < policy.HealthScoreGreenFrom;

        var reasons = findings.Select(f => f.Flag == RiskFlag.Competitive && competitiveWithOther
            ? "Competitive signal with " + DomainText.Count(flagCount - 1, "other red flag", "other red flags")
            : f.Reason).ToList();
        if (middlingHealth)
        {
            reasons.Add("Health score " + DomainText.Number(signals.HealthScore!.Value) + " is below " + DomainText.Number(policy.HealthScoreGreenFrom));
        }

        if (mixedSignals)
        {
            reasons.Add("Mixed signals: moderate relationship with neutral support sentiment");
        }

        var category = Categorize(signals, policy, flagCount, competitiveWithOther, mixedSignals || middlingHealth);
        if (category is RiskCategory.Green or RiskCategory.Expansion)
        {
            reasons.AddRange(HealthyReasons(signals, policy, category));
        }

        // The score weighs "mixed or worse": a neutral sentiment turning negative (or a moderate relationship turning
        // weak) must not drop the mixed-signals weight when the row's flag was already raised by the NPS.
        var mixedOrWorse = signals.RelationshipStrength is RelationshipStrength.Moderate or RelationshipStrength.Weak
            && signals.SupportSentiment is SupportSentiment.Neutral or SupportSentiment.Negative;
        var score = RiskScore.Compute(category, flagCount, competitiveWithOther, mixedOrWorse, signals.HealthScore);
        return new RiskAssessment(category, score, reasons, findings.Select(f => f.Flag).ToList());
    }

    private static RiskCategory Categorize(RiskSignals signals, RiskPolicy policy, int flagCount, bool competitiveWithOther, bool warning)
    {
        var healthRed = signals.HealthScore is int health && health < policy.HealthScoreRedBelow;
        if (flagCount >= policy.RedFlagsForRed || competitiveWithOther || healthRed)
        {
            return RiskCategory.Red;
        }

        if (flagCount > 0 || warning)
        {
            return RiskCategory.Yellow;
        }

        return signals.RelationshipStrength == RelationshipStrength.Strong && GrowthSignals(signals).Count > 0
            ? RiskCategory.Expansion
            : RiskCategory.Green;
    }

    private static IEnumerable<string> HealthyReasons(RiskSignals signals, RiskPolicy policy, RiskCategory category)
    {
        yield return "No red flags";
        if (signals.HealthScore is int health)
        {
            yield return "Health score " + DomainText.Number(health) + " is at or above " + DomainText.Number(policy.HealthScoreGreenFrom);
        }

        if (category == RiskCategory.Expansion)
        {
            yield return "Relationship is strong";
            yield return "Growth signals: " + DomainText.List(GrowthSignals(signals));
        }
    }

    private static IReadOnlyList<string> GrowthSignals(RiskSignals signals)
    {
        var growth = new List<string>();
        if (signals.WhitespaceIdentified == true)
        {
            growth.Add("whitespace identified");
        }

        if (signals.GrowthNeedStated == true)
        {
            growth.Add("customer states growth needs");
        }

        if (signals.NearTierLimit == true)
        {
            growth.Add("usage near tier limits");
        }

        return growth;
    }
}
