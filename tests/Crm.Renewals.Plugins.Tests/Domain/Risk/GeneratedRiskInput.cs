using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Risk;

/// <summary>Seeded generators of valid risk signals and policies for the score's property tests.</summary>
internal static class GeneratedRiskInput
{
    /// <summary>Signals with every field unknown or a valid value, each independently.</summary>
    public static RiskSignals Signals(Random random) => new()
    {
        HealthScore = Maybe(random, () => random.Next(0, 101)),
        UsageChangePercent = Maybe(random, () => (decimal)random.Next(-100, 101)),
        AdoptionPercent = Maybe(random, () => (decimal)random.Next(0, 101)),
        SupportSentiment = Maybe(random, () => (SupportSentiment)random.Next(0, 3)),
        NetPromoterScore = Maybe(random, () => random.Next(-100, 101)),
        RelationshipStrength = Maybe(random, () => (RelationshipStrength)random.Next(0, 3)),
        ChampionLeft = Maybe(random, () => random.Next(2) == 0),
        CompetitiveSignal = Maybe(random, () => random.Next(2) == 0),
        BudgetSignal = Maybe(random, () => random.Next(2) == 0),
        BusinessChange = Maybe(random, () => random.Next(2) == 0),
        EngagementDrop = Maybe(random, () => random.Next(2) == 0),
        WhitespaceIdentified = Maybe(random, () => random.Next(2) == 0),
        GrowthNeedStated = Maybe(random, () => random.Next(2) == 0),
        NearTierLimit = Maybe(random, () => random.Next(2) == 0),
    };

    /// <summary>A policy inside every allowed range, with the thresholds in the order the parser demands.</summary>
    public static RiskPolicy Policy(Random random)
    {
        int[] health = [random.Next(0, 101), random.Next(0, 101), random.Next(0, 101)];
        Array.Sort(health);
        return new RiskPolicy
        {
            HealthScoreRedBelow = health[0],
            HealthScoreRedFlagBelow = health[1],
            HealthScoreGreenFrom = health[2],
            UsageChangeRedFlagAtOrBelowPercent = -random.Next(0, 101),
            AdoptionRedFlagBelowPercent = random.Next(0, 101),
            NpsRedFlagBelow = random.Next(-100, 101),
            RedFlagsForRed = random.Next(1, RiskPolicy.MaxRedFlagsForRed + 1),
        };
    }

    /// <summary>The same signals with one more or one graver warning sign, and what changed.</summary>
    public static (string Change, RiskSignals Signals) Graver(RiskSignals signals, Random random) => random.Next(9) switch
    {
        0 => ("health lower", signals with { HealthScore = random.Next(0, (signals.HealthScore ?? 100) + 1) }),
        1 => ("usage change lower", signals with { UsageChangePercent = random.Next(-100, (int)(signals.UsageChangePercent ?? 100) + 1) }),
        2 => ("adoption lower", signals with { AdoptionPercent = random.Next(0, (int)(signals.AdoptionPercent ?? 100) + 1) }),
        3 => ("sentiment negative", signals with { SupportSentiment = SupportSentiment.Negative }),
        4 => ("relationship weak", signals with { RelationshipStrength = RelationshipStrength.Weak }),
        5 => ("champion left", signals with { ChampionLeft = true }),
        6 => ("competitive signal", signals with { CompetitiveSignal = true }),
        7 => ("budget signal", signals with { BudgetSignal = true }),
        _ => ("engagement drop", signals with { EngagementDrop = true }),
    };

    private static T? Maybe<T>(Random random, Func<T> value)
        where T : struct => random.Next(4) == 0 ? null : value();
}
