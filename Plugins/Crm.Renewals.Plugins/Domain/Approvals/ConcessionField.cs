namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>Concession inputs named by validation problems.</summary>
public enum ConcessionField
{
    /// <summary>The concession type.</summary>
    Type,

    /// <summary>The discount percentage.</summary>
    DiscountPercent,

    /// <summary>What the discount is tied to.</summary>
    TiedTo,

    /// <summary>The discount's sunset (e.g. "year 1 only").</summary>
    Sunset,

    /// <summary>The written business rationale.</summary>
    BusinessRationale,

    /// <summary>The churn risk.</summary>
    ChurnRisk,

    /// <summary>The alternatives considered.</summary>
    AlternativesConsidered,
}
