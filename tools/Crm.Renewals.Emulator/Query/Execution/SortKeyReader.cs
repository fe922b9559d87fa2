using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>
/// Reads the value a row sorts by: the stored value, a choice's label, or the current primary name of
/// a referenced row (looked up once per table and query).
/// </summary>
internal sealed class SortKeyReader(QueryContext context)
{
    private readonly Dictionary<string, Dictionary<Guid, string?>> _namesByTable = new(StringComparer.Ordinal);

    public ScalarKey? Read(SortKeyDefinition order, Entity?[] row)
    {
        if (row[order.Slot] is not { } entity || !entity.Attributes.TryGetValue(order.Column.LogicalName, out var value) || value is null)
        {
            return null;
        }

        return order.Mode switch
        {
            SortMode.ChoiceLabel => ScalarKey.FromSortableText(Label(order, value)),
            SortMode.ReferenceName => value is EntityReference reference && Name(reference) is { } name ? ScalarKey.FromSortableText(name) : null,
            _ when value is string text => ScalarKey.FromSortableText(text),
            _ => ValueReader.TryRead(value, out var key) ? key : null,
        };
    }

    private static string Label(SortKeyDefinition order, object value)
    {
        var number = value is OptionSetValue option ? option.Value : Convert.ToInt32(value, CultureInfo.InvariantCulture);
        var label = order.Column.OptionSet?.Options.FirstOrDefault(candidate => candidate.Value == number)?.Label;
        return label ?? number.ToString(CultureInfo.InvariantCulture);
    }

    private string? Name(EntityReference reference)
    {
        if (!_namesByTable.TryGetValue(reference.LogicalName, out var names))
        {
            names = LoadNames(reference.LogicalName);
            _namesByTable.Add(reference.LogicalName, names);
        }

        return names.TryGetValue(reference.Id, out var name) ? name : reference.Name;
    }

    private Dictionary<Guid, string?> LoadNames(string tableName)
    {
        var table = context.Source.GetTable(tableName);
        var nameColumn = table.PrimaryNameColumn;
        var names = new Dictionary<Guid, string?>();
        if (nameColumn is null)
        {
            return names;
        }

        foreach (var row in context.Source.GetRows(tableName))
        {
            names[PrimaryIds.Of(row, table.PrimaryIdColumn)] = row.Attributes.TryGetValue(nameColumn, out var name) ? name as string : null;
        }

        return names;
    }
}
