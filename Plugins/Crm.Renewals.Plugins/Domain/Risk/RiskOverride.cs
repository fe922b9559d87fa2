using System;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>A CSM's override of the computed category, as stored on the account.</summary>
public sealed record RiskOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="category">The category the CSM chose.</param>
    /// <param name="justification">Why; an override without one is never applied.</param>
    /// <param name="until">The instant (UTC) the override stops applying.</param>
    public RiskOverride(RiskCategory category, string? justification, DateTime until)
    {
        Category = category;
        Justification = justification;
        Until = until;
    }

    /// <summary>The category the CSM chose.</summary>
    public RiskCategory Category { get; }

    /// <summary>Why the CSM overrode the computed category.</summary>
    public string? Justification { get; }

    /// <summary>The instant (UTC) the override stops applying; it applies while "now" is before it.</summary>
    public DateTime Until { get; }
}
