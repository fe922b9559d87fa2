namespace Crm.Renewals.Plugins.Renewals;

/// <summary>What renewal generation did for one contract; the sweep's response counts these.</summary>
internal enum GenerationOutcome
{
    /// <summary>The renewal opportunity and its tasks were created.</summary>
    Created,

    /// <summary>Nothing to do: not due yet, not active, or the term already has its renewal (including one a concurrent run created first).</summary>
    Skipped,

    /// <summary>The contract or account data does not allow a renewal; the message says what to fix.</summary>
    Failed,
}
