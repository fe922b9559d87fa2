using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Metadata;

/// <summary>A column with the lookups the emulator needs on every write precomputed once.</summary>
internal sealed class ColumnSchema
{
    private readonly Dictionary<int, OptionModel> options;
    private readonly HashSet<string> lookupTargets;

    public ColumnSchema(ColumnModel model, IReadOnlyList<string> lookupTargets)
    {
        Model = model;
        options = (model.OptionSet?.Options ?? []).GroupBy(option => option.Value).ToDictionary(group => group.Key, group => group.First());
        this.lookupTargets = new HashSet<string>(lookupTargets, StringComparer.Ordinal);
        LookupTargets = lookupTargets;
    }

    /// <summary>The column as the metadata defines it.</summary>
    public ColumnModel Model { get; }

    /// <summary>Logical name.</summary>
    public string LogicalName => Model.LogicalName;

    /// <summary>Column type.</summary>
    public ColumnType Type => Model.Type;

    /// <summary>Tables a lookup may point at (resolved from relationships and platform rules).</summary>
    public IReadOnlyList<string> LookupTargets { get; }

    /// <summary>Whether the platform refuses a missing or null value.</summary>
    public bool IsSystemRequired => string.Equals(Model.RequiredLevel, "systemrequired", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the column has a closed set of option values to check against.</summary>
    public bool HasOptions => options.Count > 0;

    /// <summary>The allowed option values, in metadata order.</summary>
    public IEnumerable<int> OptionValues => options.Keys;

    /// <summary>Whether <paramref name="value"/> is one of the options.</summary>
    public bool IsOption(int value) => options.ContainsKey(value);

    /// <summary>The option with <paramref name="value"/>, or null.</summary>
    public OptionModel? FindOption(int value) => options.TryGetValue(value, out var option) ? option : null;

    /// <summary>Whether a lookup may point at <paramref name="table"/>; an unconstrained lookup accepts any table.</summary>
    public bool AcceptsTarget(string table) => lookupTargets.Count == 0 || lookupTargets.Contains(table);
}
