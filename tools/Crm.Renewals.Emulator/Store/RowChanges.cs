using System;
using System.Collections.Generic;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// The writes of one open transaction, which only that transaction sees until it commits: per row, the version it
/// wrote last (null when it deleted the row), and the locks it holds.
/// </summary>
internal sealed class RowChanges
{
    private readonly Dictionary<(string Table, Guid Id), Entity?> rows = [];
    private readonly List<(string Table, Guid Id)> order = [];
    private readonly Dictionary<string, List<Guid>> written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guid>> inserted = new(StringComparer.Ordinal);

    /// <summary>The locks this transaction holds (maintained by <see cref="RowLocks"/>).</summary>
    public HashSet<LockResource> Held { get; } = [];

    /// <summary>True when it changed a table that decides who may do what, so its privileges cannot come from the shared cache.</summary>
    public bool ChangesSecurity { get; private set; }

    /// <summary>Rows written, in the order of their first write.</summary>
    public IReadOnlyList<(string Table, Guid Id)> Order => order;

    /// <summary>True when the transaction wrote <paramref name="table"/>.</summary>
    public bool Touches(string table) => written.ContainsKey(table);

    /// <summary>True when the transaction wrote the row; <paramref name="row"/> is its version, null when it deleted it.</summary>
    public bool TryGet(string table, Guid id, out Entity? row) => rows.TryGetValue((table, id), out row);

    /// <summary>
    /// <paramref name="committed"/> (a table's committed rows) as this transaction sees them: its versions in place of
    /// the rows it changed, without those it deleted, then the rows it inserted.
    /// </summary>
    public IReadOnlyCollection<Entity> Merge(string table, Entity[] committed)
    {
        var insertedIds = Inserted(table);
        var merged = new List<Entity>(committed.Length + insertedIds.Count);
        foreach (var row in committed)
        {
            if (!rows.TryGetValue((table, row.Id), out var own))
            {
                merged.Add(row);
            }
            else if (own is not null)
            {
                merged.Add(own);
            }
        }

        foreach (var id in insertedIds)
        {
            if (rows[(table, id)] is { } own)
            {
                merged.Add(own);
            }
        }

        return merged;
    }

    /// <summary>The id of a row this transaction wrote that now holds <paramref name="values"/> for <paramref name="key"/>, or null.</summary>
    public Guid? FindByKey(string table, AlternateKeyModel key, KeyValues values)
    {
        foreach (var id in Written(table))
        {
            if (rows[(table, id)] is { } own && KeyValues.TryOf(own, key, out var ownValues) && ownValues.Equals(values))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>Records a write: <paramref name="row"/> is the new version, or null for a delete.</summary>
    /// <param name="table">Logical name of the table.</param>
    /// <param name="id">Row id.</param>
    /// <param name="row">The new version, or null.</param>
    /// <param name="existedBefore">Whether the committed store held the row when the transaction first wrote it.</param>
    public void Record(string table, Guid id, Entity? row, bool existedBefore)
    {
        if (!rows.ContainsKey((table, id)))
        {
            order.Add((table, id));
            Add(written, table, id);
            if (!existedBefore)
            {
                Add(inserted, table, id);
            }
        }

        rows[(table, id)] = row;
        ChangesSecurity |= SecurityTables.Decides(table);
    }

    private static void Add(Dictionary<string, List<Guid>> index, string table, Guid id)
    {
        if (!index.TryGetValue(table, out var ids))
        {
            ids = [];
            index[table] = ids;
        }

        ids.Add(id);
    }

    /// <summary>The row ids of <paramref name="table"/> the transaction wrote, in the order of their first write.</summary>
    private IReadOnlyList<Guid> Written(string table) => written.TryGetValue(table, out var ids) ? ids : Array.Empty<Guid>();

    /// <summary>The rows of <paramref name="table"/> that did not exist when the transaction first wrote them.</summary>
    private IReadOnlyList<Guid> Inserted(string table) => inserted.TryGetValue(table, out var ids) ? ids : Array.Empty<Guid>();
}
