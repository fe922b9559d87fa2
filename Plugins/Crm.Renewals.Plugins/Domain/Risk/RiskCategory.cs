namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>The renewal risk category of an account (spec §2).</summary>
public enum RiskCategory
{
    /// <summary>Healthy: no red flags and no warning signs.</summary>
    Green,

    /// <summary>Moderate risk: one red flag, a middling health score or mixed signals.</summary>
    Yellow,

    /// <summary>High risk: several red flags, a competitive signal with another flag, or a very low health score.</summary>
    Red,

    /// <summary>Green plus a strong relationship and at least one growth signal.</summary>
    Expansion,
}
