using System;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// Sets demo values on a row only for columns the metadata has (so the demo runs while the solution
/// grows), turning option labels into option values and amounts into <see cref="Money"/>.
/// </summary>
internal sealed class SchemaAwareRow
{
    private readonly OrganizationMetadata metadata;

    public SchemaAwareRow(OrganizationMetadata metadata) => this.metadata = metadata;

    public bool Has(string table, string column) => metadata.HasColumn(table, column);

    public void Set(Entity row, string column, object value)
    {
        if (!metadata.HasColumn(row.LogicalName, column))
        {
            return;
        }

        var model = metadata.GetTable(row.LogicalName).Columns.First(candidate => candidate.LogicalName == column);
        row[column] = (model.Type, value) switch
        {
            (ColumnType.Picklist or ColumnType.Status or ColumnType.State, string label) => new OptionSetValue(OptionValue(row.LogicalName, model, label)),
            (ColumnType.Money, decimal amount) => new Money(amount),
            _ => value,
        };
    }

    /// <summary>The label of a choice value, or the value itself when the metadata has no such option.</summary>
    public string Label(string table, string column, int value) =>
        metadata.GetTable(table).Columns.FirstOrDefault(candidate => candidate.LogicalName == column)?.OptionSet?.Options
            .FirstOrDefault(option => option.Value == value)?.Label ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int OptionValue(string table, ColumnModel column, string label) =>
        column.OptionSet?.Options.FirstOrDefault(option => string.Equals(option.Label, label, StringComparison.OrdinalIgnoreCase))?.Value
        ?? throw new InvalidOperationException(
            "The demo sets " + table + "." + column.LogicalName + " to '" + label + "', which is not one of its options ("
            + string.Join(", ", column.OptionSet?.Options.Select(option => option.Label) ?? []) + ").");
}
