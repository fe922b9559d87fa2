namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>Strength of the relationship with the customer's stakeholders.</summary>
public enum RelationshipStrength
{
    /// <summary>Strong: a precondition for the Expansion category.</summary>
    Strong,

    /// <summary>Moderate: with neutral sentiment, "mixed signals" (Yellow).</summary>
    Moderate,

    /// <summary>Weak: a red flag.</summary>
    Weak,
}
