using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>Applies a <see cref="ComparisonKind"/> to two non-null values.</summary>
internal static class Comparisons
{
    public static bool Holds(ComparisonKind kind, in ScalarKey left, in ScalarKey right) => kind switch
    {
        ComparisonKind.Equal => ScalarKey.AreEqual(left, right),
        ComparisonKind.NotEqual => !ScalarKey.AreEqual(left, right),
        ComparisonKind.GreaterThan => ScalarKey.Compare(left, right) > 0,
        ComparisonKind.GreaterEqual => ScalarKey.Compare(left, right) >= 0,
        ComparisonKind.LessThan => ScalarKey.Compare(left, right) < 0,
        _ => ScalarKey.Compare(left, right) <= 0,
    };
}
