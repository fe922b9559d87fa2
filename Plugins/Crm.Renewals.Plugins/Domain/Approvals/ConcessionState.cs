namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>The parts of a concession that decide its approval state.</summary>
public sealed record ConcessionState
{
    /// <summary>The parts of <paramref name="request"/> that decide the approval state, with <paramref name="status"/>.</summary>
    /// <param name="request">The concession.</param>
    /// <param name="status">Its status.</param>
    /// <returns>The state.</returns>
    public static ConcessionState Of(ConcessionRequest request, ConcessionStatus status) => new()
    {
        Type = (request ?? throw new System.ArgumentNullException(nameof(request))).Type,
        DiscountPercent = request.DiscountPercent,
        IsCustomDeal = request.IsCustomDeal,
        TiedTo = request.TiedTo,
        Sunset = request.Sunset,
        SunsetWaived = request.SunsetWaived,
        RenewalId = request.RenewalId,
        Status = status,
    };

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

    /// <summary>The renewal whose total it counts towards: moving an approved concession would skip that renewal's total.</summary>
    public System.Guid? RenewalId { get; init; }

    /// <summary>The status.</summary>
    public ConcessionStatus Status { get; init; }
}
