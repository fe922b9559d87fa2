namespace Crm.Renewals.Plugins.Renewals;

/// <summary>The response properties of <c>crr_GenerateRenewals</c>.</summary>
internal sealed class SweepResult
{
    public SweepResult(int created, int skipped, int failed, string continuation, bool moreRecords)
    {
        Created = created;
        Skipped = skipped;
        Failed = failed;
        Continuation = continuation;
        MoreRecords = moreRecords;
    }

    /// <summary>Renewal opportunities created in this call.</summary>
    public int Created { get; }

    /// <summary>Contracts read but not renewed: not due, or the term already has its renewal.</summary>
    public int Skipped { get; }

    /// <summary>Contracts whose data does not allow a renewal; the reasons are in the trace log.</summary>
    public int Failed { get; }

    /// <summary>Where the next call continues; empty when nothing is left.</summary>
    public string Continuation { get; }

    /// <summary>True when contracts are left: call again with <see cref="Continuation"/>.</summary>
    public bool MoreRecords { get; }
}
