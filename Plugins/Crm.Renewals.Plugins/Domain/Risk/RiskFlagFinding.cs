using System;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>A red flag that was raised, with its reason in plain words ("Health score 42 is below 50").</summary>
public sealed class RiskFlagFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="flag">The flag raised.</param>
    /// <param name="reason">Why, in plain words.</param>
    public RiskFlagFinding(RiskFlag flag, string reason)
    {
        Flag = flag;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The flag raised.</summary>
    public RiskFlag Flag { get; }

    /// <summary>Why, in plain words.</summary>
    public string Reason { get; }
}
