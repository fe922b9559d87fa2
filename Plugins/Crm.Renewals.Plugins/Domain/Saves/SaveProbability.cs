namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>How likely the save is (spec §5).</summary>
public enum SaveProbability
{
    /// <summary>High: 60–80 %.</summary>
    High,

    /// <summary>Medium: 30–50 %.</summary>
    Medium,

    /// <summary>Low: 10–25 %.</summary>
    Low,
}
