using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Values;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// Compiles filters and conditions to <see cref="IRowPredicate"/>s: names resolved, values converted
/// and relative dates fixed once, so evaluating a row only reads and compares. An operator it does not
/// implement is refused by name with <see cref="System.NotSupportedException"/>.
/// </summary>
internal sealed class ConditionCompiler(QueryScopes scopes, QueryContext context)
{
    private const string DateOnlyBehavior = "DateOnly";

    /// <summary>The filter as a predicate; null when it has no conditions (matches everything).</summary>
    public IRowPredicate? CompileFilter(FilterNode filter, EntityScope scope)
    {
        var parts = filter.Conditions.Select(condition => Compile(condition, scope))
            .Concat(filter.Filters.Select(child => CompileFilter(child, scope)).OfType<IRowPredicate>())
            .ToArray();
        if (parts.Length == 0)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return parts[0];
        }

        return filter.Kind == FilterKind.Or ? new AnyOfPredicate(parts) : new AllOfPredicate(parts);
    }

    public IRowPredicate Compile(ConditionNode node, EntityScope fallback)
    {
        var scope = scopes.Resolve(node.EntityAlias, fallback);
        var target = new ConditionTarget(scope.LogicalName, scope.Slot, scope.Column(node.Attribute), node);
        if (node.CompareToAttribute is not null)
        {
            return CompileColumnComparison(target, fallback);
        }

        if (target.Column.Type == ColumnType.MultiSelectPicklist)
        {
            return MultiSelectConditions.Compile(target);
        }

        var conditionOperator = node.Operator;
        var values = node.Values;
        switch (conditionOperator)
        {
            case ConditionOperator.Null or ConditionOperator.NotNull:
                ExpectCount(target, 0);
                return new NullPredicate(target.Ref, conditionOperator == ConditionOperator.Null);
            case ConditionOperator.In or ConditionOperator.NotIn:
                ExpectAtLeastOne(target);
                var set = new HashSet<ScalarKey>(values.Select(value => ConditionValues.ToKey(target, value)), ScalarKeyEqualityComparer.Instance);
                return new InPredicate(target.Ref, set, conditionOperator == ConditionOperator.NotIn);
            case ConditionOperator.Between or ConditionOperator.NotBetween:
                ExpectCount(target, 2);
                var range = ValueRange.Between(ConditionValues.ToKey(target, values[0]), ConditionValues.ToKey(target, values[1]));
                return new RangePredicate(target.Ref, range, conditionOperator == ConditionOperator.NotBetween);
            case ConditionOperator.EqualUserId or ConditionOperator.NotEqualUserId:
                ExpectCount(target, 0);
                ExpectKind(target, ValueKind.Guid, "lookup or unique identifier");
                var kind = conditionOperator == ConditionOperator.EqualUserId ? ComparisonKind.Equal : ComparisonKind.NotEqual;
                return new ComparisonPredicate(target.Ref, kind, ScalarKey.FromGuid(context.CallerId));
            case ConditionOperator.ContainValues or ConditionOperator.DoesNotContainValues:
                throw QueryFaults.OperatorNotValidForColumn(target.Table, target.Column.LogicalName, target.OperatorName, target.Column.Type.ToString(), "multi-select choice");
        }

        if (TryComparison(conditionOperator, out var comparison))
        {
            ExpectCount(target, 1);
            return new ComparisonPredicate(target.Ref, comparison, ConditionValues.ToKey(target, values[0]));
        }

        return TextConditions.TryCompile(target) ?? CompileDate(target);
    }

    private IRowPredicate CompileDate(ConditionTarget target)
    {
        var conditionOperator = target.Node.Operator;
        var dateOnly = target.Column.DateTimeBehavior == DateOnlyBehavior;
        var fixedRange = RelativeDateRanges.Fixed(conditionOperator, context.LocalNow, dateOnly);
        if (fixedRange is not null)
        {
            ExpectDate(target);
            ExpectCount(target, 0);
            return new RangePredicate(target.Ref, InCallersZone(fixedRange, dateOnly), negate: false);
        }

        if (RelativeDateRanges.TakesCount(conditionOperator))
        {
            ExpectDate(target);
            ExpectCount(target, 1);
            var count = ConditionValues.ToCount(target, target.Node.Values[0]);
            var countRange = RelativeDateRanges.WithCount(conditionOperator, count, context.LocalNow, dateOnly)!;
            return new RangePredicate(target.Ref, InCallersZone(countRange, dateOnly), negate: false);
        }

        if (conditionOperator is ConditionOperator.On or ConditionOperator.OnOrBefore or ConditionOperator.OnOrAfter or ConditionOperator.NotOn)
        {
            ExpectDate(target);
            ExpectCount(target, 1);
            var date = ConditionValues.ToKey(target, target.Node.Values[0]).DateTime;
            var onRange = RelativeDateRanges.OnDate(conditionOperator, date)!;
            return new RangePredicate(target.Ref, InCallersZone(onRange, dateOnly), negate: conditionOperator == ConditionOperator.NotOn);
        }

        throw QueryFaults.UnsupportedOperator(target.OperatorName, target.Table, target.Column.LogicalName);
    }

    // Ranges are worked out on the caller's wall clock; a user-local column stores UTC, so its bounds move to UTC.
    // A date-only column stores the date itself, which no time zone shifts.
    private ValueRange InCallersZone(ValueRange range, bool dateOnly) => dateOnly || context.TimeZone == TimeZoneInfo.Utc
        ? range
        : range with
        {
            Lower = range.Lower is { } lower ? ScalarKey.FromDateTime(context.ToUtc(lower.DateTime)) : null,
            Upper = range.Upper is { } upper ? ScalarKey.FromDateTime(context.ToUtc(upper.DateTime)) : null,
        };

    private IRowPredicate CompileColumnComparison(ConditionTarget target, EntityScope fallback)
    {
        var node = target.Node;
        if (!TryComparison(node.Operator, out var comparison))
        {
            throw QueryFaults.UnsupportedOperator(target.OperatorName + " comparing two columns", target.Table, target.Column.LogicalName);
        }

        var otherScope = scopes.Resolve(node.CompareToEntityAlias, scopes.Resolve(node.EntityAlias, fallback));
        var other = otherScope.Column(node.CompareToAttribute!);
        if (ColumnKinds.Of(other.Type) != target.Kind)
        {
            throw QueryFaults.InvalidQuery(
                $"Cannot compare '{target.Table}.{target.Column.LogicalName}' ({target.Column.Type}) with "
                + $"'{otherScope.LogicalName}.{other.LogicalName}' ({other.Type}): the columns hold different kinds of value.");
        }

        return new ColumnComparisonPredicate(target.Ref, comparison, new ColumnRef(otherScope.Slot, other.LogicalName));
    }

    private static bool TryComparison(ConditionOperator conditionOperator, out ComparisonKind kind)
    {
        (var known, kind) = conditionOperator switch
        {
            ConditionOperator.Equal => (true, ComparisonKind.Equal),
            ConditionOperator.NotEqual => (true, ComparisonKind.NotEqual),
            ConditionOperator.GreaterThan => (true, ComparisonKind.GreaterThan),
            ConditionOperator.GreaterEqual => (true, ComparisonKind.GreaterEqual),
            ConditionOperator.LessThan => (true, ComparisonKind.LessThan),
            ConditionOperator.LessEqual => (true, ComparisonKind.LessEqual),
            _ => (false, ComparisonKind.Equal),
        };
        return known;
    }

    private static void ExpectDate(ConditionTarget target) => ExpectKind(target, ValueKind.DateTime, "date and time");

    internal static void ExpectKind(ConditionTarget target, ValueKind kind, string description)
    {
        if (target.Kind != kind)
        {
            throw QueryFaults.OperatorNotValidForColumn(target.Table, target.Column.LogicalName, target.OperatorName, target.Column.Type.ToString(), description);
        }
    }

    internal static void ExpectCount(ConditionTarget target, int count)
    {
        if (target.Node.Values.Count != count)
        {
            var expected = count == 0 ? "no value" : $"{count} value(s)";
            throw QueryFaults.ValueCount(target.Table, target.Column.LogicalName, target.OperatorName, expected, target.Node.Values.Count);
        }
    }

    internal static void ExpectAtLeastOne(ConditionTarget target)
    {
        if (target.Node.Values.Count == 0)
        {
            throw QueryFaults.ValueCount(target.Table, target.Column.LogicalName, target.OperatorName, "at least one value", 0);
        }
    }
}
