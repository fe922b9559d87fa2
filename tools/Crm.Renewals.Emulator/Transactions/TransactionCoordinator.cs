using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Store;

namespace Crm.Renewals.Emulator.Transactions;

/// <summary>
/// One transaction per top-level operation, joined by everything nested in it. Any failure rolls back
/// every write of the transaction, nested plugin writes included; a nested failure that a plugin
/// catches and ignores still dooms the transaction, which then fails like the platform's
/// "There is no active transaction".
/// </summary>
internal sealed class TransactionCoordinator
{
    private readonly RecordStore store;
    private readonly OperationLog log;
    private readonly AsyncJobQueue queue;
    private OperationTransaction? current;

    public TransactionCoordinator(RecordStore store, OperationLog log, AsyncJobQueue queue)
    {
        this.store = store;
        this.log = log;
        this.queue = queue;
    }

    public bool IsActive => current is not null;

    /// <summary>True when a call inside the active transaction failed, so it can only roll back.</summary>
    public bool IsDoomed => current is { Doomed: true };

    /// <summary>Starts a transaction unless one is active (which the operation then joins).</summary>
    /// <returns>True when this call started it, and so must commit or roll it back.</returns>
    /// <exception cref="OrganizationFaultException">The active transaction is doomed.</exception>
    public bool Begin(RequestLogEntry request)
    {
        if (current is not null)
        {
            return current.Doomed ? throw NoActiveTransaction() : false;
        }

        current = new OperationTransaction(request, log.LastSequence);
        store.BeginJournal();
        return true;
    }

    public void Enlist(AsyncJob job) => current?.PendingJobs.Add(job);

    /// <summary>Keeps the writes and releases the queued asynchronous jobs.</summary>
    /// <exception cref="OrganizationFaultException">The transaction was doomed; it is rolled back instead.</exception>
    public void Commit()
    {
        var transaction = current!;
        if (transaction.Doomed)
        {
            Rollback();
            throw NoActiveTransaction();
        }

        store.CommitJournal();
        current = null;
        queue.Enqueue(transaction.PendingJobs);
    }

    public void Rollback()
    {
        if (current is null)
        {
            return;
        }

        store.RollbackJournal();
        current.Owner.RolledBack = true;
        log.MarkRolledBack(current.StartSequence);
        current = null;
    }

    /// <summary>Marks the active transaction as unable to commit (a call inside it failed, read or write).</summary>
    public void Doom()
    {
        if (current is not null)
        {
            current.Doomed = true;
        }
    }

    /// <summary>The fault of any call made inside a transaction after a call in it failed.</summary>
    public static OrganizationFaultException NoActiveTransaction() => new(
        ErrorCodes.TransactionNotStarted,
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");
}
