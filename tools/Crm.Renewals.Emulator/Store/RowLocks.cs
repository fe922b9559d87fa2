using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// The exclusive locks of an organization's open transactions, held until the transaction commits or rolls back, as
/// SQL Server holds a write's row and index locks. A transaction that wants a lock another one holds waits; a wait
/// that would close a cycle (each waiting for a lock the next holds) makes the asking transaction the deadlock victim,
/// and a wait longer than <see cref="Timeout"/> ends as a SQL timeout, so no caller waits forever.
/// </summary>
internal sealed class RowLocks
{
    private readonly object sync = new();
    private readonly Dictionary<LockResource, RowChanges> holders = [];
    private readonly Dictionary<RowChanges, LockResource> waiting = new(ReferenceEqualityComparer.Instance);

    /// <summary>How long a transaction waits for a lock before it fails (Dataverse's SQL command timeout plays this part).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Locks held now, for tests and diagnostics.</summary>
    public int HeldCount
    {
        get
        {
            lock (sync)
            {
                return holders.Count;
            }
        }
    }

    /// <summary>Transactions waiting for a lock now, for tests that stage a race and diagnostics.</summary>
    public int WaitingCount
    {
        get
        {
            lock (sync)
            {
                return waiting.Count;
            }
        }
    }

    /// <summary>Takes <paramref name="resource"/> for <paramref name="owner"/>, waiting while another transaction holds it.</summary>
    /// <exception cref="OrganizationFaultException">Waiting would deadlock, or the wait outlasted <see cref="Timeout"/>.</exception>
    public void Acquire(RowChanges owner, LockResource resource)
    {
        lock (sync)
        {
            var started = Stopwatch.GetTimestamp();
            while (holders.TryGetValue(resource, out var holder) && !ReferenceEquals(holder, owner))
            {
                if (WaitsOn(holder, owner))
                {
                    throw Deadlock(resource);
                }

                var remaining = Timeout - Stopwatch.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero)
                {
                    throw TimedOut(resource, Timeout);
                }

                waiting[owner] = resource;
                try
                {
                    Monitor.Wait(sync, remaining);
                }
                finally
                {
                    waiting.Remove(owner);
                }
            }

            if (holders.TryAdd(resource, owner))
            {
                owner.Held.Add(resource);
            }
        }
    }

    /// <summary>Releases every lock of <paramref name="owner"/> and wakes the transactions waiting for one.</summary>
    public void ReleaseAll(RowChanges owner)
    {
        lock (sync)
        {
            foreach (var resource in owner.Held)
            {
                holders.Remove(resource);
            }

            owner.Held.Clear();
            Monitor.PulseAll(sync);
        }
    }

    // True when the chain of waits starting at holder ends at owner: owner waiting for holder would close the cycle.
    private bool WaitsOn(RowChanges holder, RowChanges owner)
    {
        var current = holder;
        for (var steps = 0; steps <= waiting.Count && waiting.TryGetValue(current, out var wanted) && holders.TryGetValue(wanted, out var next); steps++)
        {
            if (ReferenceEquals(next, owner))
            {
                return true;
            }

            current = next;
        }

        return false;
    }

    private static OrganizationFaultException Deadlock(LockResource resource) => new(
        ErrorCodes.GenericSqlError,
        "Generic SQL error. Sql Number: 1205. Transaction was deadlocked on lock resources (" + resource + ") with another process and has been chosen as the deadlock victim. Rerun the transaction.");

    private static OrganizationFaultException TimedOut(LockResource resource, TimeSpan timeout) => new(
        ErrorCodes.SqlTimeout,
        "SQL timeout expired. Sql Number: -2. The transaction waited " + timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)
        + " s for a lock another transaction holds (" + resource + ").");
}
