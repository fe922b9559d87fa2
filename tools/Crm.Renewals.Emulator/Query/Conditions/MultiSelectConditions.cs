using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>The operators a multi-select choice column takes.</summary>
internal static class MultiSelectConditions
{
    public static IRowPredicate Compile(ConditionTarget target)
    {
        var conditionOperator = target.Node.Operator;
        if (conditionOperator is ConditionOperator.Null or ConditionOperator.NotNull)
        {
            ConditionCompiler.ExpectCount(target, 0);
            return new NullPredicate(target.Ref, conditionOperator == ConditionOperator.Null);
        }

        var match = conditionOperator switch
        {
            ConditionOperator.ContainValues => MultiSelectMatch.ContainsAny,
            ConditionOperator.DoesNotContainValues => MultiSelectMatch.ContainsNone,
            ConditionOperator.Equal => MultiSelectMatch.Exactly,
            ConditionOperator.NotEqual => MultiSelectMatch.NotExactly,
            _ => throw QueryFaults.UnsupportedOperator(target.OperatorName + " on a multi-select choice", target.Table, target.Column.LogicalName),
        };
        ConditionCompiler.ExpectAtLeastOne(target);
        var values = target.Node.Values.Select(value => ToOption(target, value)).ToHashSet();
        return new MultiSelectPredicate(target.Ref, values, match);
    }

    private static int ToOption(ConditionTarget target, object? value)
    {
        var key = ConditionValues.ToKey(target, value);
        if (key.Kind != ValueKind.Number || key.Number != decimal.Truncate(key.Number))
        {
            throw QueryFaults.ValueType(target.Table, target.Column.LogicalName, typeof(int).FullName!, value);
        }

        return (int)key.Number;
    }
}
