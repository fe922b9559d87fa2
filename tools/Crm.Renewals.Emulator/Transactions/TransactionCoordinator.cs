using System;
using System.Collections.Concurrent;
using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Store;

namespace Crm.Renewals.Emulator.Transactions;

/// <summary>
/// One transaction per top-level operation, joined by everything nested in it (a plugin's calls run on the thread
/// of the operation that fired it), so each calling thread has at most one. Any failure rolls back every write of the
/// transaction, nested plugin writes included; a nested failure that a plugin catches and ignores still dooms the
/// transaction, which then fails like the platform's "There is no active transaction".
/// </summary>
internal sealed class TransactionCoordinator
{
    private readonly RecordStore store;
    private readonly AsyncJobQueue queue;
    private readonly ConcurrentDictionary<int, OperationTransaction> open = new();

    public TransactionCoordinator(RecordStore store, AsyncJobQueue queue)
    {
        this.store = store;
        this.queue = queue;
    }

    public bool IsActive => Current is not null;

    /// <summary>True when a call inside the calling thread's transaction failed, so it can only roll back.</summary>
    public bool IsDoomed => Current is { Doomed: true };

    private OperationTransaction? Current => open.TryGetValue(Environment.CurrentManagedThreadId, out var transaction) ? transaction : null;

    /// <summary>Starts a transaction unless one is active on this thread (which the operation then joins).</summary>
    /// <returns>True when this call started it, and so must commit or roll it back.</returns>
    /// <exception cref="OrganizationFaultException">The active transaction is doomed.</exception>
    public bool Begin(RequestLogEntry request)
    {
        if (Current is { } current)
        {
            return current.Doomed ? throw NoActiveTransaction() : false;
        }

        open[Environment.CurrentManagedThreadId] = new OperationTransaction(request, store.Begin());
        return true;
    }

    /// <summary>Counts <paramref name="request"/> as made inside the calling thread's transaction, if one is open.</summary>
    public void Enlist(RequestLogEntry request) => Current?.Requests.Add(request);

    public void Enlist(AsyncJob job) => Current?.PendingJobs.Add(job);

    /// <summary>Keeps the writes and releases the queued asynchronous jobs.</summary>
    /// <exception cref="OrganizationFaultException">The transaction was doomed; it is rolled back instead.</exception>
    public void Commit()
    {
        var transaction = Current!;
        if (transaction.Doomed)
        {
            Rollback();
            throw NoActiveTransaction();
        }

        open.TryRemove(Environment.CurrentManagedThreadId, out _);
        store.Commit(transaction.Changes);
        queue.Enqueue(transaction.PendingJobs);
    }

    public void Rollback()
    {
        if (!open.TryRemove(Environment.CurrentManagedThreadId, out var transaction))
        {
            return;
        }

        store.Rollback(transaction.Changes);
        transaction.Owner.RolledBack = true;
        foreach (var request in transaction.Requests)
        {
            request.RolledBack = true;
        }
    }

    /// <summary>Marks the calling thread's transaction as unable to commit (a call inside it failed, read or write).</summary>
    public void Doom()
    {
        if (Current is { } current)
        {
            current.Doomed = true;
        }
    }

    /// <summary>The fault of any call made inside a transaction after a call in it failed.</summary>
    public static OrganizationFaultException NoActiveTransaction() => new(
        ErrorCodes.TransactionNotStarted,
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");
}
