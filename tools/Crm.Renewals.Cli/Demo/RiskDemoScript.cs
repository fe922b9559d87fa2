using System.Collections.Generic;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// The risk demo's story: three accounts of the seeded book, picked by their starting category, whose
/// signals change over two months. One drifts from Green to Red and gets a CSM override that expires,
/// one recovers from Yellow to Expansion, and one turns Red on a competitive signal.
/// </summary>
internal static class RiskDemoScript
{
    /// <summary>The account that drifts (starts Green).</summary>
    public const int Drifting = 0;

    /// <summary>The account that recovers (starts Yellow).</summary>
    public const int Recovering = 1;

    /// <summary>The account that meets a competitor (starts Expansion).</summary>
    public const int Contested = 2;

    /// <summary>The starting categories of <see cref="Drifting"/>, <see cref="Recovering"/> and <see cref="Contested"/>, in that order.</summary>
    public static IReadOnlyList<int> StartingCategories { get; } = new[] { RiskCategoryChoice.Green, RiskCategoryChoice.Yellow, RiskCategoryChoice.Expansion };

    /// <summary>The changes, in date order.</summary>
    public static IReadOnlyList<RiskDemoStep> Steps { get; } = new[]
    {
        Step(7, Drifting, "Usage fell 25 % over the quarter", (Account.UsageTrend, new OptionSetValue(UsageTrendChoice.Declining)), (Account.UsageChangePercent, -25m)),
        Step(10, Recovering, "Adoption programme worked: strong sponsor, seats in use, asking for more", Recovered()),
        Step(21, Drifting, "The champion left the company", (Account.ChampionLeft, true)),
        Step(24, Contested, "Asked for a competitor comparison and announced a vendor review", (Account.CompetitiveSignal, true), (Account.BudgetSignal, true)),
        Step(28, Drifting, "CSM override: a new champion is named and the sponsor re-engaged", (Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Yellow)), (Account.OverrideJustification, "New champion named; executive sponsor re-engaged in QBR")),
        Step(35, Contested, "Budget freeze lifted, but NPS dropped to -10", (Account.BudgetSignal, false), (Account.Nps, -10)),
        Step(60, Drifting, "Quarterly health score arrives: 60", (Account.HealthScore, 60)),
    };

    private static (string Column, object? Value)[] Recovered() => new (string, object?)[]
    {
        (Account.HealthScore, 85),
        (Account.AdoptionPercent, 88m),
        (Account.UsageTrend, new OptionSetValue(UsageTrendChoice.Growing)),
        (Account.UsageChangePercent, 12m),
        (Account.SupportSentiment, new OptionSetValue(SupportSentimentChoice.Positive)),
        (Account.Nps, 45),
        (Account.RelationshipStrength, new OptionSetValue(RelationshipStrengthChoice.Strong)),
        (Account.ChampionLeft, false),
        (Account.CompetitiveSignal, false),
        (Account.BudgetSignal, false),
        (Account.BusinessChange, false),
        (Account.EngagementDrop, false),
        (Account.GrowthNeedStated, true),
    };

    private static RiskDemoStep Step(int day, int account, string story, params (string Column, object? Value)[] columns)
    {
        var values = new Dictionary<string, object?>();
        foreach (var (column, value) in columns)
        {
            values[column] = value;
        }

        return new RiskDemoStep(day, account, story, values);
    }
}
