namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>A concession as entered, plus what is already granted on the same renewal.</summary>
public sealed record ConcessionRequest
{
    /// <summary>The type; null when missing or not a known type.</summary>
    public ConcessionType? Type { get; init; }

    /// <summary>The discount in percent (a price discount's amount; another type may carry one too).</summary>
    public decimal? DiscountPercent { get; init; }

    /// <summary>
    /// Sum of the discounts of the OTHER approved concessions on the same renewal opportunity
    /// (excluding this one). Discounts are cumulative, so five 5 % requests cannot slip past a manager.
    /// </summary>
    public decimal OtherApprovedDiscountPercent { get; init; }

    /// <summary>The renewal opportunity whose total the discount counts towards; null for a concession on no renewal.</summary>
    public System.Guid? RenewalId { get; init; }

    /// <summary>Flagged as a custom deal (needs the custom-deal level whatever the type).</summary>
    public bool IsCustomDeal { get; init; }

    /// <summary>What the discount is tied to (multi-year commitment, case study, value plan …).</summary>
    public string? TiedTo { get; init; }

    /// <summary>The discount's sunset, e.g. "year 1 only".</summary>
    public string? Sunset { get; init; }

    /// <summary>The sunset is waived (which needs the sunset waiver level to approve).</summary>
    public bool SunsetWaived { get; init; }

    /// <summary>Written business rationale.</summary>
    public string? BusinessRationale { get; init; }

    /// <summary>The churn risk.</summary>
    public string? ChurnRisk { get; init; }

    /// <summary>Alternatives considered.</summary>
    public string? AlternativesConsidered { get; init; }

    /// <summary>True when the concession grants a discount: a price discount, or any type with a discount above zero.</summary>
    public bool HasDiscount => Type == ConcessionType.PriceDiscount || DiscountPercent > 0m;

    /// <summary>The renewal's total discount including this concession.</summary>
    public decimal TotalDiscountPercent => OtherApprovedDiscountPercent + (HasDiscount ? DiscountPercent ?? 0m : 0m);
}
