namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>Contract and account inputs named by renewal validation problems.</summary>
public enum RenewalField
{
    /// <summary>The contract's start date.</summary>
    StartDate,

    /// <summary>The contract's end date (end of the current term).</summary>
    EndDate,

    /// <summary>The contract's annual recurring revenue.</summary>
    Arr,

    /// <summary>The contract's term length in months.</summary>
    TermMonths,

    /// <summary>The contract's status.</summary>
    Status,

    /// <summary>The account's segment.</summary>
    Segment,

    /// <summary>The account's owner (its CSM).</summary>
    AccountOwner,
}
