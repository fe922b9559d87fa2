using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// The rows of one organization, shared by the threads that call it, with the isolation Dataverse's database gives:
/// a transaction's writes are its own (<see cref="RowChanges"/>) until it commits, every read sees the last committed
/// version of a row (or the transaction's own), and every write takes an exclusive lock on its row and alternate-key
/// values (<see cref="RowLocks"/>) held to the end of the transaction. Reads never wait; a write waits for the
/// transaction holding its lock. A stored <see cref="Entity"/> is never changed in place: a write stores a new
/// instance, so a snapshot is a copy of the row dictionaries.
/// </summary>
internal sealed class RecordStore
{
    private static readonly IReadOnlyCollection<Entity> NoRows = Array.Empty<Entity>();
    private readonly object sync = new();
    private readonly ConcurrentDictionary<int, RowChanges> active = new();
    private readonly Func<string, IReadOnlyList<AlternateKeyModel>> keysOf;
    private Dictionary<string, Dictionary<Guid, Entity>> tables;
    private KeyIndex keys;
    private int securityVersion;

    public RecordStore(OrganizationMetadata metadata)
    {
        tables = new Dictionary<string, Dictionary<Guid, Entity>>(StringComparer.Ordinal);
        keysOf = table => metadata.HasTable(table) ? metadata.Schema(table).Keys : Array.Empty<AlternateKeyModel>();
        keys = new KeyIndex(keysOf);
    }

    /// <summary>The locks of the open transactions.</summary>
    public RowLocks Locks { get; } = new();

    /// <summary>
    /// Goes up with every committed change to a table that decides who may do what (roles, their privileges, role and
    /// team assignments, users, teams, business units) and with every restore: cached privileges are valid while it
    /// stays the same.
    /// </summary>
    public int SecurityVersion => System.Threading.Volatile.Read(ref securityVersion);

    /// <summary>True when the calling thread's transaction changed a security table it alone sees.</summary>
    public bool HasPendingSecurityChanges => Current is { ChangesSecurity: true };

    private RowChanges? Current => active.TryGetValue(Environment.CurrentManagedThreadId, out var changes) ? changes : null;

    /// <summary>The row as the caller's transaction sees it, or null. The instance must not be changed or handed out.</summary>
    public Entity? Find(string table, Guid id)
    {
        if (Current is { } changes && changes.TryGet(table, id, out var own))
        {
            return own;
        }

        lock (sync)
        {
            return FindCommitted(table, id);
        }
    }

    /// <summary>
    /// The rows of a table as the caller's transaction sees them, at the moment of the call: committed rows in insertion
    /// order while nothing was deleted, then the rows the transaction inserted. Must not be changed or handed out.
    /// </summary>
    public IReadOnlyCollection<Entity> Rows(string table)
    {
        Entity[] committed;
        lock (sync)
        {
            if (!tables.TryGetValue(table, out var rows))
            {
                committed = [];
            }
            else
            {
                committed = new Entity[rows.Count];
                rows.Values.CopyTo(committed, 0);
            }
        }

        var changes = Current;
        if (changes is null || !changes.Touches(table))
        {
            return committed.Length == 0 ? NoRows : committed;
        }

        return changes.Merge(table, committed);
    }

    /// <summary>The id of the row of <paramref name="table"/> holding <paramref name="values"/> for <paramref name="key"/>, or null.</summary>
    public Guid? FindByKey(string table, AlternateKeyModel key, KeyValues values)
    {
        var changes = Current;
        if (changes?.FindByKey(table, key, values) is Guid own)
        {
            return own;
        }

        Guid? committed;
        lock (sync)
        {
            committed = keys.Find(table, key, values);
        }

        // A committed holder the transaction changed was checked above with its new values.
        return committed is Guid holder && changes is not null && changes.TryGet(table, holder, out _) ? null : committed;
    }

    /// <summary>Number of rows in a table, as the caller's transaction sees it.</summary>
    public int Count(string table)
    {
        if (Current is { } changes && changes.Touches(table))
        {
            return Rows(table).Count;
        }

        lock (sync)
        {
            return tables.TryGetValue(table, out var rows) ? rows.Count : 0;
        }
    }

    /// <summary>Starts a transaction on the calling thread; its writes stay its own until <see cref="Commit"/>.</summary>
    public RowChanges Begin()
    {
        var changes = new RowChanges();
        active[Environment.CurrentManagedThreadId] = changes;
        return changes;
    }

    /// <summary>Makes every write of <paramref name="changes"/> visible to everyone, then releases its locks.</summary>
    public void Commit(RowChanges changes)
    {
        lock (sync)
        {
            foreach (var (table, id) in changes.Order)
            {
                changes.TryGet(table, id, out var row);
                if (row is null)
                {
                    RemoveCommitted(table, id);
                }
                else
                {
                    PutCommitted(row);
                }
            }
        }

        End(changes);
    }

    /// <summary>Forgets every write of <paramref name="changes"/> and releases its locks.</summary>
    public void Rollback(RowChanges changes) => End(changes);

    /// <summary>Takes the lock on a row for the caller's transaction before it reads the row to change it, so no other transaction's write can slip in between.</summary>
    public void LockRow(string table, Guid id)
    {
        if (Current is { } changes)
        {
            Locks.Acquire(changes, LockResource.Row(table, id));
        }
    }

    /// <summary>Takes the locks on the alternate-key values <paramref name="row"/> will hold and those its current version holds, before uniqueness is checked.</summary>
    public void LockKeys(Entity row)
    {
        if (Current is not { } changes)
        {
            return;
        }

        var current = Find(row.LogicalName, row.Id);
        foreach (var key in keysOf(row.LogicalName))
        {
            LockKey(changes, row, key);
            if (current is not null)
            {
                LockKey(changes, current, key);
            }
        }
    }

    /// <summary>Stores a new row or replaces a row; the store owns <paramref name="row"/> from now on.</summary>
    public void Put(Entity row)
    {
        if (Current is not { } changes)
        {
            lock (sync)
            {
                PutCommitted(row);
            }

            return;
        }

        Locks.Acquire(changes, LockResource.Row(row.LogicalName, row.Id));
        changes.Record(row.LogicalName, row.Id, row, ContainsCommitted(row.LogicalName, row.Id));
    }

    /// <summary>Removes a row if it exists.</summary>
    public void Remove(string table, Guid id)
    {
        if (Current is not { } changes)
        {
            lock (sync)
            {
                RemoveCommitted(table, id);
            }

            return;
        }

        Locks.Acquire(changes, LockResource.Row(table, id));
        if (Find(table, id) is { } previous)
        {
            foreach (var key in keysOf(table))
            {
                LockKey(changes, previous, key);
            }

            changes.Record(table, id, null, ContainsCommitted(table, id));
        }
    }

    /// <summary>A copy of the committed row dictionaries and key index (rows are shared: they are never changed in place).</summary>
    public StoreContents Capture()
    {
        lock (sync)
        {
            return new StoreContents(Copy(tables), keys.Copy());
        }
    }

    /// <summary>Replaces every committed row with those of <paramref name="contents"/>, which stays reusable. No transaction may be open.</summary>
    public void Restore(StoreContents contents)
    {
        lock (sync)
        {
            tables = Copy(contents.Tables);
            keys = contents.Keys.Copy();
            securityVersion++;
        }
    }

    private void End(RowChanges changes)
    {
        active.TryRemove(Environment.CurrentManagedThreadId, out _);
        Locks.ReleaseAll(changes);
    }

    private void LockKey(RowChanges changes, Entity row, AlternateKeyModel key)
    {
        if (KeyValues.TryOf(row, key, out var values))
        {
            Locks.Acquire(changes, new LockResource(row.LogicalName, key.LogicalName, values));
        }
    }

    private Entity? FindCommitted(string table, Guid id) =>
        tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

    private bool ContainsCommitted(string table, Guid id)
    {
        lock (sync)
        {
            return FindCommitted(table, id) is not null;
        }
    }

    private void PutCommitted(Entity row)
    {
        if (!tables.TryGetValue(row.LogicalName, out var rows))
        {
            rows = new Dictionary<Guid, Entity>();
            tables[row.LogicalName] = rows;
        }

        var previous = rows.TryGetValue(row.Id, out var stored) ? stored : null;
        keys.Replace(row.LogicalName, previous, row);
        rows[row.Id] = row;
        securityVersion += SecurityTables.Decides(row.LogicalName) ? 1 : 0;
    }

    private void RemoveCommitted(string table, Guid id)
    {
        if (tables.TryGetValue(table, out var rows) && rows.Remove(id, out var previous))
        {
            keys.Replace(table, previous, null);
            securityVersion += SecurityTables.Decides(table) ? 1 : 0;
        }
    }

    private static Dictionary<string, Dictionary<Guid, Entity>> Copy(Dictionary<string, Dictionary<Guid, Entity>> source)
    {
        var copy = new Dictionary<string, Dictionary<Guid, Entity>>(source.Count, StringComparer.Ordinal);
        foreach (var table in source)
        {
            copy[table.Key] = new Dictionary<Guid, Entity>(table.Value);
        }

        return copy;
    }
}
