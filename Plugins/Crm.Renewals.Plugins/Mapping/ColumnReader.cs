using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>
/// Reads columns of a row by the CLR type their metadata gives them, collecting every column that holds a value
/// of another type (an integration passing 42 for a decimal column) instead of failing on the first cast, so the
/// caller can refuse the operation once, naming each column and the type it expects.
/// </summary>
internal sealed class ColumnReader
{
    private readonly string table;
    private readonly List<string> problems = new();

    /// <summary>Creates a reader for rows of <paramref name="table"/>.</summary>
    /// <param name="table">Logical name of the table, used in the messages.</param>
    public ColumnReader(string table) => this.table = table ?? throw new ArgumentNullException(nameof(table));

    /// <summary>The column's value, or default when the row lacks it, holds null, or holds a value of another type (recorded).</summary>
    /// <typeparam name="T">The column's CLR type as metadata gives it (nullable for value types).</typeparam>
    /// <param name="row">The row, or null.</param>
    /// <param name="column">The column's logical name.</param>
    /// <returns>The value or default.</returns>
    public T? Get<T>(Entity? row, string column)
    {
        if (row is null || !row.Attributes.TryGetValue(column, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        problems.Add(string.Format(
            CultureInfo.InvariantCulture,
            "Column {0} of {1} must be {2}; it was given {3} ({4}).",
            column,
            table,
            Describe(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T)),
            value.GetType().FullName,
            Convert.ToString(value, CultureInfo.InvariantCulture)));
        return default;
    }

    /// <summary>
    /// The column as an operation leaves it: from <paramref name="target"/> when it carries the column, even as null
    /// (the user cleared it), else from <paramref name="stored"/>.
    /// </summary>
    /// <typeparam name="T">The column's CLR type as metadata gives it.</typeparam>
    /// <param name="target">The operation's Target.</param>
    /// <param name="stored">The stored row or image, or null.</param>
    /// <param name="column">The column's logical name.</param>
    /// <returns>The value or default.</returns>
    public T? Get<T>(Entity target, Entity? stored, string column) => Get<T>(target.Contains(column) ? target : stored, column);

    /// <summary>Refuses the operation when any column held a value of the wrong type.</summary>
    /// <exception cref="InvalidPluginExecutionException">One message listing each such column, its expected type and the value given.</exception>
    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(string.Join(" ", problems) + " Nothing was saved.");
        }
    }

    private static string Describe(Type type) => type == typeof(decimal) ? "a decimal number (System.Decimal)"
        : type == typeof(int) ? "a whole number (System.Int32)"
        : type == typeof(bool) ? "yes or no (System.Boolean)"
        : type == typeof(string) ? "text (System.String)"
        : type == typeof(DateTime) ? "a date and time (System.DateTime)"
        : type == typeof(OptionSetValue) ? "a choice (Microsoft.Xrm.Sdk.OptionSetValue)"
        : type == typeof(Money) ? "a currency amount (Microsoft.Xrm.Sdk.Money)"
        : type == typeof(EntityReference) ? "a lookup (Microsoft.Xrm.Sdk.EntityReference)"
        : "a " + type.FullName;
}
