namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>What the renewal planner decided for a contract on a given day.</summary>
public enum RenewalDecisionOutcome
{
    /// <summary>The lead time has not been reached: nothing to do yet.</summary>
    NotDue,

    /// <summary>The renewal is due: create it from the plan (unless one exists for this term).</summary>
    Due,

    /// <summary>The contract is not active: it gets no renewal (not an error).</summary>
    Inactive,

    /// <summary>The contract's term ended before today: no trigger renews a term that is over (not an error).</summary>
    Ended,

    /// <summary>The contract or account data is incomplete or wrong: see the problems.</summary>
    Refused,
}
