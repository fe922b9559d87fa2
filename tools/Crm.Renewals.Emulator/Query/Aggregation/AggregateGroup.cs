using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>One group: the first row's group-by values and an accumulator per aggregate.</summary>
internal sealed class AggregateGroup
{
    private readonly AggregateSpec _spec;
    private readonly Entity?[]? _first;
    private readonly Dictionary<AggregateColumn, Accumulator> _accumulators;

    public AggregateGroup(Entity?[]? first, AggregateSpec spec)
    {
        _first = first;
        _spec = spec;
        _accumulators = spec.Columns.Where(column => !column.IsGroupBy).ToDictionary(column => column, column => new Accumulator(column));
    }

    public void Add(Entity?[] row)
    {
        foreach (var (column, accumulator) in _accumulators)
        {
            accumulator.Add(Aggregator.RawValue(column, row));
        }
    }

    public Entity ToEntity(string rootTable)
    {
        var entity = new Entity(rootTable);
        foreach (var column in _spec.Columns)
        {
            var value = column.IsGroupBy ? GroupResult(column) : _accumulators[column].Result();
            if (value is not null)
            {
                entity.Attributes[column.Alias] = new AliasedValue(column.Scope.LogicalName, column.Column.LogicalName, value);
            }
        }

        return entity;
    }

    private object? GroupResult(AggregateColumn column)
    {
        var raw = Aggregator.RawValue(column, _first);
        if (raw is null)
        {
            return null;
        }

        return column.DateGrouping is { } grouping ? DateGroups.Of(grouping, (DateTime)raw) : ValueCloner.Clone(raw);
    }
}
