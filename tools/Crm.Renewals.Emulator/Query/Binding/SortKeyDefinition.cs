using Crm.Renewals.Emulator.Query.Values;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>One bound order: a column of a slot of the joined row, its direction and what it sorts by.</summary>
internal sealed record SortKeyDefinition(int Slot, ColumnModel Column, bool Descending, SortMode Mode)
{
    /// <summary>The kind of the sort key (labels and names sort as text).</summary>
    public ValueKind KeyKind => Mode == SortMode.Value ? ColumnKinds.Of(Column.Type) : ValueKind.Text;
}
