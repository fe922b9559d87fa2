using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// A value within bounds: Between, and every date operator (today, last-x-days, on...), which
/// become a UTC range when the query is compiled. A null column matches neither the range nor its negation.
/// </summary>
internal sealed class RangePredicate(ColumnRef column, ValueRange range, bool negate) : IRowPredicate
{
    public bool Matches(Entity?[] row) => column.TryRead(row, out var actual) && range.Contains(actual) != negate;
}
