using System.Collections.Generic;
using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Log;

namespace Crm.Renewals.Emulator.Transactions;

/// <summary>The database transaction of one top-level operation, which every nested operation joins.</summary>
internal sealed class OperationTransaction
{
    public OperationTransaction(RequestLogEntry owner, long startSequence)
    {
        Owner = owner;
        StartSequence = startSequence;
    }

    /// <summary>The top-level request that began it.</summary>
    public RequestLogEntry Owner { get; }

    /// <summary>Log sequence when it began: the owner and the requests after it are marked rolled back on rollback.</summary>
    public long StartSequence { get; }

    /// <summary>Asynchronous jobs queued by its operations, released to the queue on commit only.</summary>
    public List<AsyncJob> PendingJobs { get; } = [];

    /// <summary>Set when a nested operation failed: the transaction can no longer commit.</summary>
    public bool Doomed { get; set; }
}
