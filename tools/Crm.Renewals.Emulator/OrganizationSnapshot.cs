using System;
using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Store;

namespace Crm.Renewals.Emulator;

/// <summary>
/// The state of an organization at one moment (rows, waiting asynchronous jobs, clock), to return to with
/// <see cref="OrganizationEmulator.Restore"/> as often as needed. The operation log is not part of it.
/// </summary>
public sealed class OrganizationSnapshot
{
    internal OrganizationSnapshot(object owner, StoreContents rows, (AsyncJob[] Waiting, SystemJob[] Jobs) jobs, DateTime utcNow)
    {
        Owner = owner;
        Rows = rows;
        Jobs = jobs;
        UtcNow = utcNow;
    }

    /// <summary>The clock time when the snapshot was taken.</summary>
    public DateTime UtcNow { get; }

    /// <summary>
    /// A hash of every row and value the snapshot holds: two snapshots have the same fingerprint exactly when their rows
    /// are the same, so a refused request can be shown to have changed nothing.
    /// </summary>
    public string RowsFingerprint => Store.StoreFingerprint.Of(Rows);

    internal object Owner { get; }

    internal StoreContents Rows { get; }

    internal (AsyncJob[] Waiting, SystemJob[] Jobs) Jobs { get; }
}
