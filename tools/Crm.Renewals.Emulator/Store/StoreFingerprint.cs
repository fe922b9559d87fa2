using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// A hash of every row of a store, written canonically (tables, rows and columns in order, each value with its type),
/// so two snapshots compare equal exactly when they hold the same rows with the same values.
/// </summary>
internal static class StoreFingerprint
{
    public static string Of(StoreContents contents)
    {
        var text = new StringBuilder();
        foreach (var (table, rows) in contents.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            foreach (var (id, row) in rows.OrderBy(r => r.Key))
            {
                text.Append(table).Append('|').Append(id.ToString("N")).Append('\n');
                foreach (var (column, value) in row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    text.Append("  ").Append(column).Append('=');
                    Write(text, value);
                    text.Append('\n');
                }
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case EntityReference reference:
                text.Append("ref:").Append(reference.LogicalName).Append(':').Append(reference.Id.ToString("N"));
                break;
            case OptionSetValue option:
                text.Append("option:").Append(option.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case Money money:
                text.Append("money:").Append(money.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime date:
                text.Append("date:").Append(date.Ticks.ToString(CultureInfo.InvariantCulture)).Append(':').Append(date.Kind.ToString());
                break;
            case IFormattable formattable:
                text.Append(value.GetType().Name).Append(':').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case string or bool:
                text.Append(value.GetType().Name).Append(':').Append(value);
                break;
            case IEnumerable items:
                text.Append(value.GetType().Name).Append('[');
                foreach (var item in items)
                {
                    Write(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(value.GetType().Name).Append(':').Append(value);
                break;
        }
    }
}
