using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>Values a query returns as <see cref="AliasedValue"/>s: columns of a linked table, and aggregate results.</summary>
internal static class AliasedColumns
{
    /// <summary>The value under <paramref name="name"/> (an aggregate's alias, or "alias.column"), or the default when absent or of another type.</summary>
    public static T? Value<T>(Entity row, string name) => row.GetAttributeValue<AliasedValue>(name)?.Value is T value ? value : default;

    /// <summary>The column <paramref name="column"/> of the table linked in under <paramref name="alias"/>.</summary>
    public static T? Linked<T>(Entity row, string alias, string column) => Value<T>(row, alias + "." + column);
}
