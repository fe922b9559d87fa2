using System;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>The contract inputs of renewal decisions; nullable where the record may lack a value.</summary>
public sealed record RenewalContract
{
    /// <summary>Start of the current term.</summary>
    public DateTime? StartDate { get; init; }

    /// <summary>End of the current term: the renewal's close date and the key of "one renewal per term".</summary>
    public DateTime? EndDate { get; init; }

    /// <summary>Annual recurring revenue.</summary>
    public decimal? Arr { get; init; }

    /// <summary>Length of a term in months (for the next term when won).</summary>
    public int? TermMonths { get; init; }

    /// <summary>Contract status.</summary>
    public ContractStatus? Status { get; init; }
}
