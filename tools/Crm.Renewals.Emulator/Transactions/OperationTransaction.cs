using System.Collections.Generic;
using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Store;

namespace Crm.Renewals.Emulator.Transactions;

/// <summary>The database transaction of one top-level operation, which every nested operation on its thread joins.</summary>
internal sealed class OperationTransaction
{
    public OperationTransaction(RequestLogEntry owner, RowChanges changes)
    {
        Owner = owner;
        Changes = changes;
    }

    /// <summary>The top-level request that began it.</summary>
    public RequestLogEntry Owner { get; }

    /// <summary>Its writes and locks.</summary>
    public RowChanges Changes { get; }

    /// <summary>The requests made inside it: marked rolled back, with the owner, on rollback.</summary>
    public List<RequestLogEntry> Requests { get; } = [];

    /// <summary>Asynchronous jobs queued by its operations, released to the queue on commit only.</summary>
    public List<AsyncJob> PendingJobs { get; } = [];

    /// <summary>Set when a nested operation failed: the transaction can no longer commit.</summary>
    public bool Doomed { get; set; }
}
