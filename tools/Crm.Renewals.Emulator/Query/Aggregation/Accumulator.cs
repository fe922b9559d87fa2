using System.Collections.Generic;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Values;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>
/// Computes one aggregate over a group. Results keep the column's type as SQL Server does:
/// a sum or average of money is Money, of whole numbers a whole number (the average truncated).
/// Nulls are skipped; an aggregate over no values is null (and absent from the result), except counts.
/// </summary>
internal sealed class Accumulator(AggregateColumn column)
{
    private readonly HashSet<ScalarKey> _distinct = new(ScalarKeyEqualityComparer.Instance);
    private int _rows;
    private int _values;
    private decimal _sum;
    private ScalarKey? _extremeKey;
    private object? _extremeValue;

    public void Add(object? value)
    {
        _rows++;
        if (!ValueReader.TryRead(value, out var key))
        {
            return;
        }

        _values++;
        _sum += key.Number;
        if (column.DistinctValues)
        {
            _distinct.Add(key);
        }

        if (column.Function is AggregateFunction.Min or AggregateFunction.Max && IsMoreExtreme(key))
        {
            (_extremeKey, _extremeValue) = (key, value);
        }
    }

    public object? Result() => column.Function switch
    {
        AggregateFunction.Count => _rows,
        AggregateFunction.CountColumn => column.DistinctValues ? _distinct.Count : _values,
        _ when _values == 0 => null,
        AggregateFunction.Sum => Typed(_sum),
        AggregateFunction.Avg => Typed(_sum / _values),
        _ => ValueCloner.Clone(_extremeValue),
    };

    private bool IsMoreExtreme(in ScalarKey key)
    {
        if (_extremeKey is not { } current)
        {
            return true;
        }

        var compared = ScalarKey.Compare(key, current);
        return column.Function == AggregateFunction.Min ? compared < 0 : compared > 0;
    }

    private object Typed(decimal value) => column.Column.Type switch
    {
        ColumnType.Money => new Money(value),
        ColumnType.Integer => ToInt(decimal.Truncate(value)),
        ColumnType.BigInt => (long)decimal.Truncate(value),
        ColumnType.Double => (double)value,
        _ => value,
    };

    private int ToInt(decimal value) => value is >= int.MinValue and <= int.MaxValue
        ? (int)value
        : throw QueryFaults.InvalidQuery(
            $"Arithmetic overflow: the {column.Function} of '{column.Scope.LogicalName}.{column.Column.LogicalName}' (alias '{column.Alias}') does not fit a whole number.");
}
