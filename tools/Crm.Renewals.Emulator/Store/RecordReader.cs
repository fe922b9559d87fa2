using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Validation;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// What a Retrieve returns: a copy of the stored row limited to the requested columns (null columns are
/// absent, the primary key always present) with formatted values for choices and lookups.
/// </summary>
internal static class RecordReader
{
    public static Entity Project(TableSchema table, Entity row, ColumnSet columns)
    {
        var result = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
        if (columns.AllColumns)
        {
            foreach (var attribute in row.Attributes)
            {
                Copy(table, row, result, attribute.Key);
            }
        }
        else
        {
            foreach (var column in columns.Columns)
            {
                if (!table.Has(column))
                {
                    throw ValidationFaults.UnknownColumn(table.LogicalName, column);
                }

                Copy(table, row, result, column);
            }
        }

        result[table.PrimaryIdColumn] = row.Id;
        return result;
    }

    private static void Copy(TableSchema table, Entity row, Entity result, string column)
    {
        if (!row.Attributes.TryGetValue(column, out var value) || value is null)
        {
            return;
        }

        result[column] = EntityCloner.CloneValue(value)!;
        var formatted = value switch
        {
            OptionSetValue option => table.Find(column)?.FindOption(option.Value)?.Label,
            bool flag when table.Find(column) is { Type: ColumnType.Boolean } boolean => boolean.FindOption(flag ? 1 : 0)?.Label,
            EntityReference reference => reference.Name,
            _ => null,
        };
        if (formatted is not null)
        {
            result.FormattedValues[column] = formatted;
        }
    }
}
