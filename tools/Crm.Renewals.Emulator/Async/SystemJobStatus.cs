namespace Crm.Renewals.Emulator.Async;

/// <summary>State of a queued asynchronous step, as the System Jobs view shows it.</summary>
public enum SystemJobStatus
{
    /// <summary>Queued; runs when the queue is drained.</summary>
    Waiting,

    /// <summary>Ran without an exception.</summary>
    Succeeded,

    /// <summary>Threw (after its retries, if it asked for them); the error is recorded, not thrown.</summary>
    Failed,
}
