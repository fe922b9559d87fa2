using System;
using Crm.Renewals.Plugins.Domain.Renewals;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>An at-risk renewal (the account was Red), for the save attempt rate.</summary>
public sealed record AtRiskRenewalRecord
{
    /// <summary>The account's segment, or null when unknown (counted in the overall figures only).</summary>
    public AccountSegment? Segment { get; init; }

    /// <summary>The renewal's term end date: the renewal counts in a period that contains it.</summary>
    public DateTime TermEndDate { get; init; }

    /// <summary>A save plan was opened for it.</summary>
    public bool HasSavePlan { get; init; }
}
