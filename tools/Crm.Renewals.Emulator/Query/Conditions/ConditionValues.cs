using System;
using System.Collections;
using System.Globalization;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Values;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// Converts condition values to the column's kind. Typed values (QueryExpression) may be the column's
/// own SDK type or its underlying value (an OptionSetValue or its int, a Money or a decimal, an
/// EntityReference or its Guid, any numeric type for a number); FetchXML text is parsed. Anything else
/// is refused with the Dataverse message naming the expected type.
/// </summary>
internal static class ConditionValues
{
    public static ScalarKey ToKey(ConditionTarget target, object? value)
    {
        if (value is null)
        {
            throw QueryFaults.InvalidQuery(
                $"Condition for attribute '{target.Table}.{target.Column.LogicalName}': operator '{target.OperatorName}' was given a null value. "
                + "Null never equals anything: use the Null / NotNull operator instead.");
        }

        if (value is not string && value is IEnumerable)
        {
            throw QueryFaults.InvalidQuery(
                $"Condition for attribute '{target.Table}.{target.Column.LogicalName}': a value is a collection ({value.GetType().Name}); pass its items as separate values.");
        }

        return target.Node.ValuesAreText ? Parse(target, (string)value) : Convert(target, value);
    }

    /// <summary>The X of last-x-days and its kind: a whole number.</summary>
    public static int ToCount(ConditionTarget target, object? value)
    {
        var count = value switch
        {
            int number => number,
            long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
            string text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (int?)null,
        };
        return count ?? throw (value is string invalid
            ? QueryFaults.ValueText(target.Table, target.Column.LogicalName, "whole-number", invalid)
            : QueryFaults.ValueType(target.Table, target.Column.LogicalName, typeof(int).FullName!, value));
    }

    /// <summary>A Like pattern or begins/ends/contains text.</summary>
    public static string ToText(ConditionTarget target, object? value) =>
        value as string ?? throw QueryFaults.ValueType(target.Table, target.Column.LogicalName, typeof(string).FullName!, value);

    private static ScalarKey Convert(ConditionTarget target, object value)
    {
        if (target.Kind == ValueKind.Guid && value is string guidText)
        {
            return Parse(target, guidText);
        }

        var accepted = ValueReader.TryRead(value, out var key) && (key.Kind == target.Kind || IsBooleanNumber(target, key));
        if (!accepted || (target.Kind == ValueKind.Number && IsWrongWrapper(target.Column.Type, value)))
        {
            throw QueryFaults.ValueType(target.Table, target.Column.LogicalName, ExpectedType(target.Column.Type), value);
        }

        return key.Kind == target.Kind ? key : ScalarKey.FromBoolean(key.Number != 0);
    }

    // 0 and 1 stand for no and yes, as Dataverse accepts for a yes/no column.
    private static bool IsBooleanNumber(ConditionTarget target, ScalarKey key) =>
        target.Kind == ValueKind.Boolean && key.Kind == ValueKind.Number && key.Number is 0 or 1;

    // A Money for a choice, or an OptionSetValue for an amount, is a mistake rather than a value.
    private static bool IsWrongWrapper(ColumnType type, object value) =>
        (value is Money && type != ColumnType.Money)
        || (value is OptionSetValue && !ColumnKinds.IsChoice(type) && type != ColumnType.MultiSelectPicklist);

    private static ScalarKey Parse(ConditionTarget target, string text)
    {
        var parsed = target.Kind switch
        {
            ValueKind.Text => ScalarKey.FromText(text),
            ValueKind.Number when decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number) => ScalarKey.FromNumber(number),
            ValueKind.Boolean when text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) => ScalarKey.FromBoolean(true),
            ValueKind.Boolean when text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase) => ScalarKey.FromBoolean(false),
            ValueKind.DateTime when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) => ScalarKey.FromDateTime(date),
            ValueKind.Guid when Guid.TryParse(text, out var id) => ScalarKey.FromGuid(id),
            _ => (ScalarKey?)null,
        };
        return parsed ?? throw QueryFaults.ValueText(target.Table, target.Column.LogicalName, ExpectedType(target.Column.Type), text);
    }

    private static string ExpectedType(ColumnType type) => type switch
    {
        ColumnType.String or ColumnType.Memo => typeof(string).FullName!,
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => typeof(int).FullName!,
        ColumnType.BigInt => typeof(long).FullName!,
        ColumnType.Decimal or ColumnType.Money => typeof(decimal).FullName!,
        ColumnType.Double => typeof(double).FullName!,
        ColumnType.Boolean => typeof(bool).FullName!,
        ColumnType.DateTime => typeof(DateTime).FullName!,
        _ => typeof(Guid).FullName!,
    };
}
