namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>The account's market segment, which sets the renewal lead time.</summary>
public enum AccountSegment
{
    /// <summary>Enterprise (default lead time 150 days).</summary>
    Enterprise,

    /// <summary>Mid-market (default lead time 120 days).</summary>
    MidMarket,

    /// <summary>Small and medium business (default lead time 120 days, allowed 30–120).</summary>
    Smb,
}
