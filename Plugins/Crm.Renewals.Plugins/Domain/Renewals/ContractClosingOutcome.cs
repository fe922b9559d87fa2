namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>What closing a renewal does to its contract.</summary>
public enum ContractClosingOutcome
{
    /// <summary>Apply the changes (next term, or churn with win-back tasks).</summary>
    Apply,

    /// <summary>The change was already recorded (e.g. the close ran twice): do nothing.</summary>
    AlreadyRecorded,

    /// <summary>The contract data does not allow it: see the problems.</summary>
    Refused,
}
