namespace Crm.Renewals.Plugins.Risk;

/// <summary>What an evaluation does to the account's override columns.</summary>
public enum OverrideOutcome
{
    /// <summary>The operation did not touch the override: its columns are left as they are.</summary>
    Unchanged,

    /// <summary>The operation records an override: its end of validity is written (the default when none was given).</summary>
    Recorded,

    /// <summary>The operation removed the override category: the justification and end are cleared with it.</summary>
    Cleared,

    /// <summary>
    /// The stored override's last day is over: category, justification and end are cleared, so the computed category
    /// applies and the daily sweep's search for lapsed overrides finds each account only until it is evaluated once.
    /// </summary>
    Expired,
}
