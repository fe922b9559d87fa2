using System;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>The category that applies now: the computed one, or a valid CSM override of it.</summary>
public sealed class EffectiveRisk
{
    /// <summary>Creates the result.</summary>
    /// <param name="category">The category that applies.</param>
    /// <param name="computed">The computed category (always kept beside an override).</param>
    /// <param name="isOverridden">True when a valid override supplies <paramref name="category"/>.</param>
    /// <param name="note">Plain words about the override (applied, expired, ignored), or null when there is none.</param>
    public EffectiveRisk(RiskCategory category, RiskCategory computed, bool isOverridden, string? note)
    {
        Category = category;
        Computed = computed;
        IsOverridden = isOverridden;
        Note = note;
        if (!isOverridden && category != computed)
        {
            throw new ArgumentException("Without an override the effective category is the computed one.", nameof(category));
        }
    }

    /// <summary>The category that applies.</summary>
    public RiskCategory Category { get; }

    /// <summary>The computed category.</summary>
    public RiskCategory Computed { get; }

    /// <summary>True when a valid override supplies <see cref="Category"/>.</summary>
    public bool IsOverridden { get; }

    /// <summary>Plain words about the override (applied, expired, ignored), or null when there is none.</summary>
    public string? Note { get; }
}
