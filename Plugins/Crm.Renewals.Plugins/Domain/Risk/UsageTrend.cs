namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>Direction of product usage over the last quarter.</summary>
public enum UsageTrend
{
    /// <summary>Usage is growing.</summary>
    Growing,

    /// <summary>Usage is flat.</summary>
    Stable,

    /// <summary>Usage is falling.</summary>
    Declining,
}
