using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>
/// Scans the root table, joins the link-entities and keeps the joined rows the criteria accept. One
/// buffer is reused while evaluating, so rows that are filtered out cost no allocation.
/// </summary>
internal sealed class RowCollector
{
    private readonly BoundQuery _query;
    private readonly LinkIndex[] _indexes;
    private readonly List<Entity?[]> _matches = [];

    public RowCollector(BoundQuery query)
    {
        _query = query;
        _indexes = query.Links.Select(link => new LinkIndex(link, query.Context.Source)).ToArray();
    }

    public List<Entity?[]> Collect()
    {
        var buffer = new Entity?[_query.Scopes.All.Count];
        foreach (var row in _query.Context.Source.GetRows(_query.Root.LogicalName))
        {
            buffer[_query.Root.Slot] = row;
            Join(0, buffer);
        }

        return _matches;
    }

    private void Join(int step, Entity?[] buffer)
    {
        if (step == _indexes.Length)
        {
            if (_query.Criteria?.Matches(buffer) ?? true)
            {
                _matches.Add((Entity?[])buffer.Clone());
            }

            return;
        }

        var link = _query.Links[step];
        var slot = link.Scope.Slot;
        var matched = false;
        if (ValueReader.TryRead(buffer[link.ParentSlot], link.ParentAttribute, out var key))
        {
            foreach (var candidate in _indexes[step].Matching(key))
            {
                buffer[slot] = candidate;
                if (link.Criteria?.Matches(buffer) ?? true)
                {
                    matched = true;
                    Join(step + 1, buffer);
                }
            }
        }

        // A left outer join keeps the parent with an empty slot; an inner join drops it.
        if (!matched && link.JoinKind == JoinKind.LeftOuter)
        {
            buffer[slot] = null;
            Join(step + 1, buffer);
        }

        buffer[slot] = null;
    }
}
