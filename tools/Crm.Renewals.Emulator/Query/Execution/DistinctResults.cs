using System.Collections.Generic;
using System.Linq;
using System.Text;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>
/// Keeps the first of each set of results with equal values (text compared as the collation does),
/// in result order, for <c>Distinct</c> / <c>distinct="true"</c>.
/// </summary>
internal static class DistinctResults
{
    private const char Separator = '\u001f';

    public static List<Entity> Of(IEnumerable<Entity> results)
    {
        var seen = new HashSet<string>();
        return results.Where(result => seen.Add(Signature(result))).ToList();
    }

    private static string Signature(Entity result)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in result.Attributes.OrderBy(pair => pair.Key, System.StringComparer.Ordinal))
        {
            var plain = value is AliasedValue aliased ? aliased.Value : value;
            var text = ValueReader.TryRead(plain, out var scalar)
                ? (scalar.Kind == ValueKind.Text ? TextCollation.SortKey(scalar.ToString()) : scalar.ToString())
                : plain?.ToString();
            builder.Append(key).Append('=').Append(text).Append(Separator);
        }

        return builder.ToString();
    }
}
