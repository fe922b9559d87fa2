using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>Two columns compared (<c>valueof</c> / <c>CompareColumns</c>); false when either is null.</summary>
internal sealed class ColumnComparisonPredicate(ColumnRef left, ComparisonKind kind, ColumnRef right) : IRowPredicate
{
    public bool Matches(Entity?[] row) =>
        left.TryRead(row, out var leftValue) && right.TryRead(row, out var rightValue) && Comparisons.Holds(kind, leftValue, rightValue);
}
