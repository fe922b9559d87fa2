using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>The account inputs of renewal decisions.</summary>
public sealed record RenewalAccount
{
    /// <summary>Market segment; required (it sets the lead time).</summary>
    public AccountSegment? Segment { get; init; }

    /// <summary>The effective risk category, or null when never evaluated.</summary>
    public RiskCategory? Category { get; init; }

    /// <summary>The account owner, who is its CSM.</summary>
    public OwnerReference? Owner { get; init; }
}
