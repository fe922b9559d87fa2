using System;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// An open renewal opportunity as it is now, with the facts it follows (spec §3: while open, a renewal follows its
/// account's risk category and its contract's end date and ARR).
/// </summary>
public sealed record OpenRenewal
{
    /// <summary>The term end the renewal is for (the alternate key's date), or null when missing.</summary>
    public DateTime? TermEndDate { get; init; }

    /// <summary>The renewal's estimated revenue, or null when missing.</summary>
    public decimal? EstimatedRevenue { get; init; }

    /// <summary>The contract's current end date, or null when missing.</summary>
    public DateTime? ContractEndDate { get; init; }

    /// <summary>The account's effective risk category now, or null when it was never evaluated.</summary>
    public RiskCategory? AccountCategory { get; init; }

    /// <summary>The risk category the renewal carries, or null when none was set.</summary>
    public RiskCategory? Category { get; init; }

    /// <summary>The renewal strategy, or null when none was set (or the stored value is unknown).</summary>
    public RenewalStrategy? Strategy { get; init; }

    /// <summary>The renewal's owner, or null when it names neither a user nor a team.</summary>
    public OwnerReference? Owner { get; init; }

    /// <summary>The contract's current ARR, or null when missing.</summary>
    public decimal? Arr { get; init; }

    /// <summary>True when an open "Red account review meeting" task regarding the renewal exists.</summary>
    public bool HasOpenRedAccountReview { get; init; }
}
