namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>The account's value band for save effort (002 "Resource Allocation Decision").</summary>
public enum AccountValue
{
    /// <summary>ARR at or above the high-value threshold (default 50,000), or strategic.</summary>
    High,

    /// <summary>ARR from the medium-value threshold (default 10,000) up to the high one.</summary>
    Medium,

    /// <summary>ARR below the medium-value threshold.</summary>
    Low,
}
