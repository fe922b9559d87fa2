using System;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// The numeric risk score (0–100, higher = riskier) stored beside the category so risk can be
/// trended. It is derived from the same flags as the category:
/// <code>
/// score = min(100, floor(20 × red flags
///                        + 10 if a competitive signal comes with another flag
///                        +  5 for mixed signals (moderate relationship, neutral sentiment)
///                        + 30 × (100 − health score) / 100 when the health score is known))
/// </code>
/// The formula is monotone: raising any flag, adding a warning or lowering the health score never
/// lowers the score; unknown signals add nothing. It does not depend on the configurable
/// thresholds except through which flags they raise, so scores stay comparable over time.
/// </summary>
public static class RiskScore
{
    /// <summary>Points for each red flag.</summary>
    public const int PointsPerFlag = 20;

    /// <summary>Extra points when a competitive signal comes with another flag (save mode).</summary>
    public const int CompetitiveEscalationPoints = 10;

    /// <summary>Points for mixed signals (moderate relationship with neutral sentiment).</summary>
    public const int MixedSignalsPoints = 5;

    /// <summary>Points contributed by a health score of 0; a score of 100 contributes none.</summary>
    public const int HealthPointsAtZero = 30;

    /// <summary>Highest score.</summary>
    public const int Maximum = 100;

    private const int HealthScale = 100;

    /// <summary>Computes the score.</summary>
    /// <param name="flagCount">Number of red flags raised.</param>
    /// <param name="competitiveWithOtherFlag">A competitive signal came with at least one other flag.</param>
    /// <param name="mixedSignals">Moderate relationship with neutral sentiment.</param>
    /// <param name="healthScore">The health score 0–100, or null when unknown.</param>
    /// <returns>The score, 0–100.</returns>
    public static int Compute(int flagCount, bool competitiveWithOtherFlag, bool mixedSignals, int? healthScore)
    {
        if (flagCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(flagCount), flagCount, "The number of flags cannot be negative.");
        }

        decimal points = flagCount * PointsPerFlag;
        points += competitiveWithOtherFlag ? CompetitiveEscalationPoints : 0;
        points += mixedSignals ? MixedSignalsPoints : 0;
        if (healthScore is int health)
        {
            points += (decimal)HealthPointsAtZero * (HealthScale - health) / HealthScale;
        }

        return (int)Math.Min(Maximum, Math.Floor(points));
    }
}
