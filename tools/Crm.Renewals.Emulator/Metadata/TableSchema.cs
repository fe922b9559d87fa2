using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Metadata;

/// <summary>A table with its columns indexed and its state model precomputed, built once per metadata.</summary>
internal sealed class TableSchema
{
    private const string UserOwned = "UserOwned";
    private readonly Dictionary<string, ColumnSchema> columns;

    public TableSchema(TableModel model, IReadOnlyDictionary<string, IReadOnlyList<string>> lookupTargets)
    {
        Model = model;
        columns = new Dictionary<string, ColumnSchema>(StringComparer.Ordinal);
        foreach (var column in model.Columns)
        {
            var targets = lookupTargets.TryGetValue(column.LogicalName, out var found) ? found : column.LookupTargets;
            columns[column.LogicalName] = new ColumnSchema(column, targets);
        }

        State = Find(SystemColumns.StateCode);
        Status = Find(SystemColumns.StatusCode);
        Keys = model.Keys;
    }

    /// <summary>The table as the metadata defines it.</summary>
    public TableModel Model { get; }

    /// <summary>Logical name.</summary>
    public string LogicalName => Model.LogicalName;

    /// <summary>Primary key column.</summary>
    public string PrimaryIdColumn => Model.PrimaryIdColumn;

    /// <summary>Primary name column, if any.</summary>
    public string? PrimaryNameColumn => Model.PrimaryNameColumn;

    /// <summary>True when rows have an owner (user or team) and an owning business unit.</summary>
    public bool IsUserOwned => string.Equals(Model.OwnershipType, UserOwned, StringComparison.OrdinalIgnoreCase) && columns.ContainsKey(SystemColumns.OwnerId);

    /// <summary>The statecode column, if the table has one.</summary>
    public ColumnSchema? State { get; }

    /// <summary>The statuscode column, if the table has one.</summary>
    public ColumnSchema? Status { get; }

    /// <summary>Alternate keys.</summary>
    public IReadOnlyList<AlternateKeyModel> Keys { get; }

    /// <summary>All columns.</summary>
    public IEnumerable<ColumnSchema> Columns => columns.Values;

    /// <summary>The column, or null when the table has none of that name.</summary>
    public ColumnSchema? Find(string logicalName) => columns.TryGetValue(logicalName, out var column) ? column : null;

    /// <summary>Whether the table has the column.</summary>
    public bool Has(string logicalName) => columns.ContainsKey(logicalName);

    /// <summary>The state a new row starts in: the lowest state value (Active / Open).</summary>
    public int? DefaultState => State is { HasOptions: true } ? State.OptionValues.Min() : null;

    /// <summary>The default status reason of <paramref name="state"/>: the state's declared default, else its first status option.</summary>
    public int? DefaultStatusOf(int state) =>
        State?.FindOption(state)?.DefaultStatus
        ?? Status?.Model.OptionSet?.Options.FirstOrDefault(option => option.State == state)?.Value;

    /// <summary>The state a status reason belongs to, or null when unknown.</summary>
    public int? StateOfStatus(int status) => Status?.FindOption(status)?.State;
}
