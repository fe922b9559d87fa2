namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// The red flags of spec §2, one per row of the signal table, in the table's order (which is
/// also the order of the reasons).
/// </summary>
public enum RiskFlag
{
    /// <summary>Health score below the red-flag threshold (default 50).</summary>
    LowHealthScore,

    /// <summary>Usage change at or below the threshold (default −20 %).</summary>
    UsageDecline,

    /// <summary>Adoption below the threshold (default 50 %).</summary>
    LowAdoption,

    /// <summary>Negative support sentiment, or NPS below the threshold (default 0): one flag for the row.</summary>
    NegativeSupport,

    /// <summary>Weak relationship.</summary>
    WeakRelationship,

    /// <summary>Champion or decision maker left or changed.</summary>
    ChampionLeft,

    /// <summary>Competitive signal.</summary>
    Competitive,

    /// <summary>Budget signal.</summary>
    Budget,

    /// <summary>Business change.</summary>
    BusinessChange,

    /// <summary>Engagement drop.</summary>
    EngagementDrop,
}
