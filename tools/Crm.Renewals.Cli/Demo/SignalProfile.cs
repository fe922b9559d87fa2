namespace Crm.Renewals.Cli.Demo;

/// <summary>The risk picture an account's seeded health signals are drawn to show.</summary>
public enum SignalProfile
{
    /// <summary>Healthy: good scores, no red flags.</summary>
    Green,

    /// <summary>Mixed: a middling health score or exactly one red flag.</summary>
    Yellow,

    /// <summary>At risk: several red flags, or a competitive signal with another flag.</summary>
    Red,

    /// <summary>Healthy with a strong relationship and a growth signal.</summary>
    Expansion,
}
