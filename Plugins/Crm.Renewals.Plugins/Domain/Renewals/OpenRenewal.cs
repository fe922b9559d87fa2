using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>An open renewal opportunity as it is now: what a change of its account's risk can alter.</summary>
public sealed record OpenRenewal
{
    /// <summary>The risk category the renewal carries, or null when none was set.</summary>
    public RiskCategory? Category { get; init; }

    /// <summary>The renewal strategy, or null when none was set (or the stored value is unknown).</summary>
    public RenewalStrategy? Strategy { get; init; }

    /// <summary>The renewal's owner, or null when it names neither a user nor a team.</summary>
    public OwnerReference? Owner { get; init; }

    /// <summary>The contract's ARR, or null when missing.</summary>
    public decimal? Arr { get; init; }

    /// <summary>True when an open "Red account review meeting" task regarding the renewal exists.</summary>
    public bool HasOpenRedAccountReview { get; init; }
}
