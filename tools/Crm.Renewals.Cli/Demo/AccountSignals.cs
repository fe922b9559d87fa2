using System;
using System.Collections.Generic;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// Draws plausible health signals for an account of a given profile (deterministic for a given
/// <see cref="Random"/>): the values a CSM would see on the account before the risk engine runs.
/// </summary>
public static class AccountSignals
{
    /// <summary>The signal columns and values (choices as option labels) for <paramref name="profile"/>.</summary>
    /// <param name="profile">The picture to draw.</param>
    /// <param name="random">The demo's seeded random source.</param>
    /// <returns>Column → value; labels for choice columns.</returns>
    public static IReadOnlyDictionary<string, object> Draw(SignalProfile profile, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var signals = new Dictionary<string, object>
        {
            [DemoColumns.ChampionLeft] = false,
            [DemoColumns.Competitive] = false,
            [DemoColumns.Budget] = false,
            [DemoColumns.BusinessChange] = false,
            [DemoColumns.EngagementDrop] = false,
            [DemoColumns.Whitespace] = false,
            [DemoColumns.GrowthNeed] = false,
            [DemoColumns.NearTierLimit] = false,
        };
        switch (profile)
        {
            case SignalProfile.Green:
                Healthy(signals, random, relationship: random.Next(2) == 0 ? "Strong" : "Moderate", sentiment: "Positive");
                break;
            case SignalProfile.Expansion:
                Healthy(signals, random, relationship: "Strong", sentiment: "Positive");
                signals[Pick(random, DemoColumns.Whitespace, DemoColumns.GrowthNeed, DemoColumns.NearTierLimit)] = true;
                break;
            case SignalProfile.Yellow:
                Healthy(signals, random, relationship: "Moderate", sentiment: random.Next(2) == 0 ? "Neutral" : "Positive");
                signals[DemoColumns.HealthScore] = random.Next(50, 70);
                if (random.Next(2) == 0)
                {
                    signals[Pick(random, DemoColumns.EngagementDrop, DemoColumns.BusinessChange, DemoColumns.Budget)] = true;
                }

                break;
            default:
                AtRisk(signals, random);
                break;
        }

        return signals;
    }

    private static void Healthy(Dictionary<string, object> signals, Random random, string relationship, string sentiment)
    {
        signals[DemoColumns.HealthScore] = random.Next(70, 96);
        signals[DemoColumns.UsageTrend] = random.Next(3) == 0 ? "Stable" : "Growing";
        signals[DemoColumns.UsageChange] = (decimal)random.Next(-5, 26);
        signals[DemoColumns.Adoption] = (decimal)random.Next(60, 96);
        signals[DemoColumns.Sentiment] = sentiment;
        signals[DemoColumns.Nps] = random.Next(10, 71);
        signals[DemoColumns.Relationship] = relationship;
    }

    private static void AtRisk(Dictionary<string, object> signals, Random random)
    {
        signals[DemoColumns.HealthScore] = random.Next(22, 49);
        signals[DemoColumns.UsageTrend] = "Declining";
        signals[DemoColumns.UsageChange] = (decimal)random.Next(-45, -19);
        signals[DemoColumns.Adoption] = (decimal)random.Next(25, 50);
        signals[DemoColumns.Sentiment] = random.Next(3) == 0 ? "Neutral" : "Negative";
        signals[DemoColumns.Nps] = random.Next(-60, 1);
        signals[DemoColumns.Relationship] = random.Next(2) == 0 ? "Weak" : "Moderate";
        signals[Pick(random, DemoColumns.ChampionLeft, DemoColumns.Competitive, DemoColumns.Budget, DemoColumns.EngagementDrop)] = true;
    }

    private static string Pick(Random random, params string[] columns) => columns[random.Next(columns.Length)];
}
