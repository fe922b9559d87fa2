using System;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// The numeric risk score (0–100, higher = riskier) stored beside the category so risk can be trended.
/// Each category owns a band, so the score orders the categories whatever the policy (spec §2): Green and
/// Expansion score 0–29, Yellow 30–59, Red 60–100. Within its band the score grows with the signals' weight
/// <code>
/// weight = 20 × red flags
///        + 10 if a competitive signal comes with another flag
///        +  5 for mixed signals or worse (a relationship that is not strong with a sentiment that is not positive)
///        + 30 × (100 − health score) / 100 when the health score is known
/// score  = band start + floor(band width × weight / (weight + 40))
/// </code>
/// The fraction approaches but never reaches the band width, so a heavy Yellow stays below every Red. Another
/// or a graver flag never lowers the score: it raises the weight, and it can only move the category up
/// (the category is monotone in every flag and in the health score), which moves the score into a higher band.
/// </summary>
public static class RiskScore
{
    /// <summary>Weight of each red flag.</summary>
    public const int PointsPerFlag = 20;

    /// <summary>Extra weight when a competitive signal comes with another flag (save mode).</summary>
    public const int CompetitiveEscalationPoints = 10;

    /// <summary>Weight of mixed signals or worse (relationship not strong, sentiment not positive).</summary>
    public const int MixedSignalsPoints = 5;

    /// <summary>Weight of a health score of 0; a score of 100 weighs nothing.</summary>
    public const int HealthPointsAtZero = 30;

    /// <summary>Lowest Yellow score: every Green or Expansion account scores below it.</summary>
    public const int YellowFrom = 30;

    /// <summary>Lowest Red score: every Yellow account scores below it.</summary>
    public const int RedFrom = 60;

    /// <summary>Highest score.</summary>
    public const int Maximum = 100;

    /// <summary>The weight that fills half of a band; heavier signals fill the rest ever more slowly.</summary>
    private const decimal HalfBandWeight = 40m;

    private const int HealthScale = 100;

    /// <summary>Computes the score.</summary>
    /// <param name="category">The computed category, which picks the band.</param>
    /// <param name="flagCount">Number of red flags raised.</param>
    /// <param name="competitiveWithOtherFlag">A competitive signal came with at least one other flag.</param>
    /// <param name="mixedSignals">Relationship moderate or weak with sentiment neutral or negative.</param>
    /// <param name="healthScore">The health score 0–100, or null when unknown.</param>
    /// <returns>The score, within the category's band.</returns>
    public static int Compute(RiskCategory category, int flagCount, bool competitiveWithOtherFlag, bool mixedSignals, int? healthScore)
    {
        if (flagCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(flagCount), flagCount, "The number of flags cannot be negative.");
        }

        decimal weight = flagCount * PointsPerFlag;
        weight += competitiveWithOtherFlag ? CompetitiveEscalationPoints : 0;
        weight += mixedSignals ? MixedSignalsPoints : 0;
        if (healthScore is int health)
        {
            weight += (decimal)HealthPointsAtZero * (HealthScale - health) / HealthScale;
        }

        return BandStart(category) + (int)Math.Floor(BandWidth(category) * weight / (weight + HalfBandWeight));
    }

    /// <summary>The first score of a category's band: Green/Expansion 0, Yellow 30, Red 60.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The band's lowest score.</returns>
    public static int BandStart(RiskCategory category) => category switch
    {
        RiskCategory.Red => RedFrom,
        RiskCategory.Yellow => YellowFrom,
        _ => 0,
    };

    /// <summary>How many scores a category's band holds: Green/Expansion 30, Yellow 30, Red 41.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The band's width.</returns>
    public static int BandWidth(RiskCategory category) => category switch
    {
        RiskCategory.Red => Maximum - RedFrom + 1,
        RiskCategory.Yellow => RedFrom - YellowFrom,
        _ => YellowFrom,
    };
}
