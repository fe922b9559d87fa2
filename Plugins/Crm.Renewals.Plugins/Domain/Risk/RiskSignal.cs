namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// The account signals the risk evaluation reads; a validation problem names one of these so
/// the plugin can map it to the column the user typed into.
/// </summary>
public enum RiskSignal
{
    /// <summary>Health score, whole number 0–100.</summary>
    HealthScore,

    /// <summary>Usage trend (growing / stable / declining).</summary>
    UsageTrend,

    /// <summary>Usage change over the last quarter, in percent (−100 or more).</summary>
    UsageChangePercent,

    /// <summary>Share of licensed seats that are active, in percent 0–100.</summary>
    AdoptionPercent,

    /// <summary>Support sentiment.</summary>
    SupportSentiment,

    /// <summary>Net promoter score, −100…100.</summary>
    NetPromoterScore,

    /// <summary>Relationship strength.</summary>
    RelationshipStrength,

    /// <summary>Champion or decision maker left or changed.</summary>
    ChampionLeft,

    /// <summary>Competitive signal (comparisons, competitor webinars, data export questions).</summary>
    CompetitiveSignal,

    /// <summary>Budget signal (cost cutting, vendor review).</summary>
    BudgetSignal,

    /// <summary>Business change (layoffs, M&amp;A, strategic pivot).</summary>
    BusinessChange,

    /// <summary>Engagement drop (skipped QBRs, declined trainings).</summary>
    EngagementDrop,

    /// <summary>Growth signal: whitespace identified.</summary>
    WhitespaceIdentified,

    /// <summary>Growth signal: the customer states growth needs.</summary>
    GrowthNeedStated,

    /// <summary>Growth signal: usage near tier limits.</summary>
    NearTierLimit,
}
