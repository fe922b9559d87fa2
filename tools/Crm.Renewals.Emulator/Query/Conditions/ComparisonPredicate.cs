using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// A column compared with a constant. A null column matches no comparison except NotEqual: Dataverse writes
/// <c>ne</c> as "differs or is null", so a row without the value is one that does not equal it.
/// </summary>
internal sealed class ComparisonPredicate(ColumnRef column, ComparisonKind kind, ScalarKey value) : IRowPredicate
{
    public bool Matches(Entity?[] row) => column.TryRead(row, out var actual) ? Comparisons.Holds(kind, actual, value) : kind == ComparisonKind.NotEqual;
}
