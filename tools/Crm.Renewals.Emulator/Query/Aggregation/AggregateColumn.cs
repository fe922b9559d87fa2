using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>One bound column of an aggregate query: an aggregate function or a group-by.</summary>
/// <param name="Scope">The table the column belongs to.</param>
/// <param name="Column">The column's metadata.</param>
/// <param name="Alias">The key the result is returned under.</param>
/// <param name="Function">The aggregate function; null for a group-by.</param>
/// <param name="DateGrouping">For a group-by date column: the part of the date to group on.</param>
/// <param name="DistinctValues">For countcolumn: count distinct values.</param>
internal sealed record AggregateColumn(EntityScope Scope, ColumnModel Column, string Alias, AggregateFunction? Function, DateGrouping? DateGrouping, bool DistinctValues)
{
    public bool IsGroupBy => Function is null;
}
