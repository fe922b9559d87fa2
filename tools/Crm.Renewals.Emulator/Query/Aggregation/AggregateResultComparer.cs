using System.Collections.Generic;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>
/// Orders aggregate results by the requested aliases (nulls first when ascending, as SQL Server does),
/// then by the group-by values so that the order is always the same.
/// </summary>
internal sealed class AggregateResultComparer(IReadOnlyList<AggregateOrder> orders, IReadOnlyList<string> groupAliases) : IComparer<Entity>
{
    public int Compare(Entity? x, Entity? y)
    {
        foreach (var order in orders)
        {
            var compared = CompareAlias(x!, y!, order.Alias);
            if (compared != 0)
            {
                return order.Descending ? -compared : compared;
            }
        }

        foreach (var alias in groupAliases)
        {
            var compared = CompareAlias(x!, y!, alias);
            if (compared != 0)
            {
                return compared;
            }
        }

        return 0;
    }

    private static int CompareAlias(Entity x, Entity y, string alias)
    {
        var hasX = TryKey(x, alias, out var left);
        var hasY = TryKey(y, alias, out var right);
        if (!hasX || !hasY)
        {
            return hasX.CompareTo(hasY);
        }

        return ScalarKey.Compare(left, right);
    }

    private static bool TryKey(Entity entity, string alias, out ScalarKey key)
    {
        key = default;
        return entity.Attributes.TryGetValue(alias, out var value) && value is AliasedValue aliased && ValueReader.TryRead(aliased.Value, out key);
    }
}
