using System;
using System.Collections.Generic;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// The alternate-key index of a store: per table and key, the row id of each set of key values. Rows with
/// a key column without value are not indexed for that key (like the platform's filtered unique index).
/// </summary>
internal sealed class KeyIndex
{
    private readonly Func<string, IReadOnlyList<AlternateKeyModel>> keysOf;
    private readonly Dictionary<string, Dictionary<string, Dictionary<KeyValues, Guid>>> tables;

    public KeyIndex(Func<string, IReadOnlyList<AlternateKeyModel>> keysOf)
        : this(keysOf, new Dictionary<string, Dictionary<string, Dictionary<KeyValues, Guid>>>(StringComparer.Ordinal))
    {
    }

    private KeyIndex(Func<string, IReadOnlyList<AlternateKeyModel>> keysOf, Dictionary<string, Dictionary<string, Dictionary<KeyValues, Guid>>> tables)
    {
        this.keysOf = keysOf;
        this.tables = tables;
    }

    /// <summary>The id of the row of <paramref name="table"/> holding <paramref name="values"/> for <paramref name="key"/>, or null.</summary>
    public Guid? Find(string table, AlternateKeyModel key, KeyValues values) =>
        tables.TryGetValue(table, out var keys) && keys.TryGetValue(key.LogicalName, out var rows) && rows.TryGetValue(values, out var id) ? id : null;

    /// <summary>Moves the index from <paramref name="previous"/> (the row stored until now, or null) to <paramref name="current"/> (the row stored from now, or null).</summary>
    public void Replace(string table, Entity? previous, Entity? current)
    {
        var keys = keysOf(table);
        if (keys.Count == 0)
        {
            return;
        }

        if (!tables.TryGetValue(table, out var indexes))
        {
            indexes = new Dictionary<string, Dictionary<KeyValues, Guid>>(StringComparer.Ordinal);
            tables[table] = indexes;
        }

        foreach (var key in keys)
        {
            if (!indexes.TryGetValue(key.LogicalName, out var rows))
            {
                rows = [];
                indexes[key.LogicalName] = rows;
            }

            if (previous is not null && KeyValues.TryOf(previous, key, out var old) && rows.TryGetValue(old, out var holder) && holder == previous.Id)
            {
                rows.Remove(old);
            }

            if (current is not null && KeyValues.TryOf(current, key, out var values))
            {
                rows[values] = current.Id;
            }
        }
    }

    /// <summary>An independent copy (the key values are immutable and shared).</summary>
    public KeyIndex Copy()
    {
        var copy = new Dictionary<string, Dictionary<string, Dictionary<KeyValues, Guid>>>(tables.Count, StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var keys = new Dictionary<string, Dictionary<KeyValues, Guid>>(table.Value.Count, StringComparer.Ordinal);
            foreach (var key in table.Value)
            {
                keys[key.Key] = new Dictionary<KeyValues, Guid>(key.Value);
            }

            copy[table.Key] = keys;
        }

        return new KeyIndex(keysOf, copy);
    }
}
