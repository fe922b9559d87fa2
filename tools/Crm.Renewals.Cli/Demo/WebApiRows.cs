using System;
using System.Globalization;
using System.Text.Json;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// Writes emulator rows as the Dataverse Web API returns them to <c>Xrm.WebApi</c>: columns by logical name, a lookup as
/// <c>_name_value</c>, choices as their value, each with the formatted value annotation the platform adds.
/// </summary>
internal static class WebApiRows
{
    /// <summary>The annotation the Web API adds for a formatted value (Prefer: odata.include-annotations).</summary>
    public const string FormattedValue = "@OData.Community.Display.V1.FormattedValue";

    /// <summary>Writes the named columns of a row as one JSON object.</summary>
    /// <param name="json">Where to write.</param>
    /// <param name="row">The row, read with its formatted values.</param>
    /// <param name="idColumn">The primary key's name in the Web API.</param>
    /// <param name="columns">The columns to write, in order.</param>
    /// <param name="dateOnlyColumns">Those of them that hold a calendar day ("yyyy-MM-dd" in the Web API).</param>
    public static void Write(Utf8JsonWriter json, Entity row, string idColumn, string[] columns, string[] dateOnlyColumns)
    {
        json.WriteStartObject();
        json.WriteString(idColumn, row.Id.ToString("D"));
        foreach (var column in columns)
        {
            if (!row.Attributes.TryGetValue(column, out var value) || value is null)
            {
                continue;
            }

            var name = value is EntityReference ? "_" + column + "_value" : column;
            switch (value)
            {
                case EntityReference reference:
                    json.WriteString(name, reference.Id.ToString("D"));
                    break;
                case OptionSetValue option:
                    json.WriteNumber(name, option.Value);
                    break;
                case Money money:
                    json.WriteNumber(name, money.Value);
                    break;
                case DateTime date when Array.IndexOf(dateOnlyColumns, column) >= 0:
                    json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case DateTime date:
                    json.WriteString(name, DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                    break;
                case bool flag:
                    json.WriteBoolean(name, flag);
                    break;
                case int number:
                    json.WriteNumber(name, number);
                    break;
                case decimal number:
                    json.WriteNumber(name, number);
                    break;
                default:
                    json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }

            if (row.FormattedValues.TryGetValue(column, out var formatted) && value is EntityReference or OptionSetValue or Money)
            {
                json.WriteString(name + FormattedValue, formatted);
            }
        }

        json.WriteEndObject();
    }
}
