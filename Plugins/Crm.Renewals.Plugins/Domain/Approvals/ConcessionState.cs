namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>The parts of a concession that decide its approval state.</summary>
public sealed record ConcessionState
{
    /// <summary>The type.</summary>
    public ConcessionType? Type { get; init; }

    /// <summary>The discount in percent.</summary>
    public decimal? DiscountPercent { get; init; }

    /// <summary>Flagged as a custom deal (changes the required level like a type does).</summary>
    public bool IsCustomDeal { get; init; }

    /// <summary>What the discount is tied to.</summary>
    public string? TiedTo { get; init; }

    /// <summary>The discount's sunset.</summary>
    public string? Sunset { get; init; }

    /// <summary>The sunset is waived.</summary>
    public bool SunsetWaived { get; init; }

    /// <summary>The status.</summary>
    public ConcessionStatus Status { get; init; }
}
