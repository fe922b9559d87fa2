using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>One table of the query (the root or a link-entity) with its slot in the joined row.</summary>
internal sealed class EntityScope
{
    private readonly Dictionary<string, ColumnModel> _columns;

    public EntityScope(int slot, string alias, TableModel table, EntityScope? parent, LinkNode? link)
    {
        Slot = slot;
        Alias = alias;
        Table = table;
        Parent = parent;
        Link = link;

        // Logical names are case-sensitive in Dataverse queries, as the fault for 'Name' vs 'name' shows.
        _columns = table.Columns.ToDictionary(column => column.LogicalName, StringComparer.Ordinal);
    }

    public int Slot { get; }

    /// <summary>The alias conditions, orders and result keys use (the table name for the root).</summary>
    public string Alias { get; }

    public TableModel Table { get; }

    public string LogicalName => Table.LogicalName;

    /// <summary>The scope this one joins to; null for the root.</summary>
    public EntityScope? Parent { get; }

    /// <summary>The link-entity that created this scope; null for the root.</summary>
    public LinkNode? Link { get; }

    public bool IsRoot => Parent is null;

    public IEnumerable<ColumnModel> Columns => _columns.Values;

    /// <summary>The column's metadata; the Dataverse "doesn't contain attribute" fault when there is none.</summary>
    public ColumnModel Column(string attribute) =>
        _columns.TryGetValue(attribute, out var column) ? column : throw QueryFaults.UnknownAttribute(Table.LogicalName, attribute);

    public ColumnModel PrimaryId => Column(Table.PrimaryIdColumn);
}
