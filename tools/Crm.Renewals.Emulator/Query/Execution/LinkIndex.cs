using System.Collections.Generic;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>The rows of a joined table by the value of the join column, built once per query.</summary>
internal sealed class LinkIndex
{
    private static readonly List<Entity> NoRows = [];

    private readonly Dictionary<ScalarKey, List<Entity>> _rows = new(ScalarKeyEqualityComparer.Instance);

    public LinkIndex(LinkStep link, IQueryDataSource source)
    {
        foreach (var row in source.GetRows(link.Scope.LogicalName))
        {
            if (!ValueReader.TryRead(row, link.LinkedAttribute, out var key))
            {
                continue;
            }

            if (!_rows.TryGetValue(key, out var rows))
            {
                rows = [];
                _rows.Add(key, rows);
            }

            rows.Add(row);
        }
    }

    /// <summary>The joined rows whose join column equals <paramref name="key"/>.</summary>
    public List<Entity> Matching(in ScalarKey key) => _rows.TryGetValue(key, out var rows) ? rows : NoRows;
}
