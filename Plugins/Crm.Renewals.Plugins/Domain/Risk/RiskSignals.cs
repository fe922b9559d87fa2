namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// The account's risk inputs. Every input is nullable: null means unknown, and an unknown
/// signal is never a red flag (an account nobody has scored yet is not "at risk" by default).
/// </summary>
public sealed record RiskSignals
{
    /// <summary>Health score, 0–100.</summary>
    public int? HealthScore { get; init; }

    /// <summary>Usage trend over the last quarter.</summary>
    public UsageTrend? UsageTrend { get; init; }

    /// <summary>Usage change over the last quarter in percent (−40 means a 40 % drop).</summary>
    public decimal? UsageChangePercent { get; init; }

    /// <summary>Active share of licensed seats in percent, 0–100.</summary>
    public decimal? AdoptionPercent { get; init; }

    /// <summary>Support sentiment.</summary>
    public SupportSentiment? SupportSentiment { get; init; }

    /// <summary>Net promoter score, −100…100.</summary>
    public int? NetPromoterScore { get; init; }

    /// <summary>Relationship strength.</summary>
    public RelationshipStrength? RelationshipStrength { get; init; }

    /// <summary>Champion or decision maker left or changed.</summary>
    public bool? ChampionLeft { get; init; }

    /// <summary>Competitive signal.</summary>
    public bool? CompetitiveSignal { get; init; }

    /// <summary>Budget signal.</summary>
    public bool? BudgetSignal { get; init; }

    /// <summary>Business change.</summary>
    public bool? BusinessChange { get; init; }

    /// <summary>Engagement drop.</summary>
    public bool? EngagementDrop { get; init; }

    /// <summary>Growth signal: whitespace identified.</summary>
    public bool? WhitespaceIdentified { get; init; }

    /// <summary>Growth signal: the customer states growth needs.</summary>
    public bool? GrowthNeedStated { get; init; }

    /// <summary>Growth signal: usage near tier limits.</summary>
    public bool? NearTierLimit { get; init; }
}
