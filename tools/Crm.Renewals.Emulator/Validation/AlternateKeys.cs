using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Validation;

/// <summary>
/// Finds rows by alternate key and keeps keys unique, through the store's key index. Like the platform's
/// filtered unique index, a key applies only to rows whose key columns all have a value; text compares
/// case-insensitively.
/// </summary>
internal sealed class AlternateKeys
{
    private readonly RecordStore store;

    public AlternateKeys(RecordStore store) => this.store = store;

    /// <summary>The id of the row the key attributes identify, or null when there is none.</summary>
    /// <exception cref="OrganizationFaultException">The attribute names are not one of the table's keys.</exception>
    public Guid? Find(TableSchema table, KeyAttributeCollection keyAttributes)
    {
        if (keyAttributes.Count == 1 && keyAttributes.Contains(table.PrimaryIdColumn) && keyAttributes[table.PrimaryIdColumn] is Guid id)
        {
            return store.Find(table.LogicalName, id) is null ? null : id;
        }

        var key = MatchingKey(table, keyAttributes.Keys);

        // A row with a key column without value is not indexed: null key values identify no row.
        return KeyValues.TryOf(key, column => keyAttributes[column], out var values) ? store.FindByKey(table.LogicalName, key, values) : null;
    }

    /// <summary>Refuses <paramref name="row"/> when another row has the same values for one of the table's keys.</summary>
    /// <exception cref="OrganizationFaultException">The duplicate-record fault.</exception>
    public void EnsureUnique(TableSchema table, Entity row)
    {
        foreach (var key in table.Keys)
        {
            if (KeyValues.TryOf(row, key, out var values) && store.FindByKey(table.LogicalName, key, values) is { } other && other != row.Id)
            {
                throw Duplicate(key, key.Columns.Select(column => row[column]));
            }
        }
    }

    /// <summary>The fault for a row whose key values are already taken.</summary>
    public static OrganizationFaultException Duplicate(AlternateKeyModel key, IEnumerable<object?> values) => new(
        ErrorCodes.DuplicateRecordEntityKey,
        "A record that has the attribute values " + string.Join(", ", values.Select(Display)) + " already exists. The entity key "
        + key.LogicalName + " requires that this set of attributes contains unique values. Select unique values and try again.");

    private static AlternateKeyModel MatchingKey(TableSchema table, ICollection<string> attributeNames)
    {
        var names = new HashSet<string>(attributeNames, StringComparer.Ordinal);
        return table.Keys.FirstOrDefault(key => names.SetEquals(key.Columns))
            ?? throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "The key attributes (" + string.Join(", ", attributeNames) + ") do not match an alternate key of table '" + table.LogicalName + "'. "
                + (table.Keys.Count == 0
                    ? "The table has no alternate keys."
                    : "Its keys: " + string.Join("; ", table.Keys.Select(key => key.LogicalName + " (" + string.Join(", ", key.Columns) + ")")) + "."));
    }

    private static string Display(object? value) => value switch
    {
        EntityReference reference => reference.Id.ToString("D"),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? string.Empty,
    };
}
