using System;
using System.Collections.Generic;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// The rows of one organization. A stored <see cref="Entity"/> is never changed
/// in place: every write stores a new instance, so a snapshot is a copy of the row dictionaries and
/// the undo journal of a transaction only needs the instance each write replaced. Every write, undo and
/// restore also maintains the alternate-key index.
/// </summary>
internal sealed class RecordStore
{
    private static readonly IReadOnlyCollection<Entity> NoRows = Array.Empty<Entity>();
    private readonly List<JournalEntry> journal = [];
    private Dictionary<string, Dictionary<Guid, Entity>> tables;
    private KeyIndex keys;
    private bool journaling;

    public RecordStore(OrganizationMetadata metadata)
    {
        tables = new Dictionary<string, Dictionary<Guid, Entity>>(StringComparer.Ordinal);
        keys = new KeyIndex(table => metadata.HasTable(table) ? metadata.Schema(table).Keys : Array.Empty<AlternateKeyModel>());
    }

    /// <summary>The stored row, or null. The instance must not be changed or handed out.</summary>
    public Entity? Find(string table, Guid id) =>
        tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

    /// <summary>The stored rows of a table, in insertion order while nothing was deleted. Must not be changed or handed out.</summary>
    public IReadOnlyCollection<Entity> Rows(string table) =>
        tables.TryGetValue(table, out var rows) ? rows.Values : NoRows;

    /// <summary>The id of the row of <paramref name="table"/> holding <paramref name="values"/> for <paramref name="key"/>, or null.</summary>
    public Guid? FindByKey(string table, AlternateKeyModel key, KeyValues values) => keys.Find(table, key, values);

    /// <summary>
    /// Goes up with every change to a table that decides who may do what (roles, their privileges, role and team
    /// assignments, users, teams, business units), and with every restore or rollback: cached privileges are valid
    /// while it stays the same.
    /// </summary>
    public int SecurityVersion { get; private set; }

    /// <summary>Number of rows in a table.</summary>
    public int Count(string table) => tables.TryGetValue(table, out var rows) ? rows.Count : 0;

    /// <summary>Stores a new row or replaces a row; the store owns <paramref name="row"/> from now on.</summary>
    public void Put(Entity row)
    {
        if (!tables.TryGetValue(row.LogicalName, out var rows))
        {
            rows = new Dictionary<Guid, Entity>();
            tables[row.LogicalName] = rows;
        }

        var previous = rows.TryGetValue(row.Id, out var stored) ? stored : null;
        if (journaling)
        {
            journal.Add(new JournalEntry(row.LogicalName, row.Id, previous));
        }

        keys.Replace(row.LogicalName, previous, row);
        rows[row.Id] = row;
        SecurityVersion += SecurityTables.Decides(row.LogicalName) ? 1 : 0;
    }

    /// <summary>Removes a row if it exists.</summary>
    public void Remove(string table, Guid id)
    {
        if (tables.TryGetValue(table, out var rows) && rows.Remove(id, out var previous))
        {
            keys.Replace(table, previous, null);
            SecurityVersion += SecurityTables.Decides(table) ? 1 : 0;
            if (journaling)
            {
                journal.Add(new JournalEntry(table, id, previous));
            }
        }
    }

    /// <summary>Starts recording what each write replaces, for <see cref="RollbackJournal"/>.</summary>
    public void BeginJournal()
    {
        journal.Clear();
        journaling = true;
    }

    /// <summary>Keeps every write since <see cref="BeginJournal"/>.</summary>
    public void CommitJournal()
    {
        journal.Clear();
        journaling = false;
    }

    /// <summary>Undoes every write since <see cref="BeginJournal"/>, newest first.</summary>
    public void RollbackJournal()
    {
        journaling = false;
        SecurityVersion++;
        for (var index = journal.Count - 1; index >= 0; index--)
        {
            var entry = journal[index];
            var rows = tables[entry.Table];
            keys.Replace(entry.Table, rows.TryGetValue(entry.Id, out var current) ? current : null, entry.Previous);
            if (entry.Previous is null)
            {
                rows.Remove(entry.Id);
            }
            else
            {
                rows[entry.Id] = entry.Previous;
            }
        }

        journal.Clear();
    }

    /// <summary>A copy of the row dictionaries and key index (rows are shared: they are never changed in place).</summary>
    public StoreContents Capture() => new(Copy(tables), keys.Copy());

    /// <summary>Replaces every row with those of <paramref name="contents"/>, which stays reusable.</summary>
    public void Restore(StoreContents contents)
    {
        tables = Copy(contents.Tables);
        keys = contents.Keys.Copy();
        SecurityVersion++;
        journal.Clear();
        journaling = false;
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
