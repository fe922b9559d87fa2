using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary><c>Null</c> / <c>NotNull</c>.</summary>
internal sealed class NullPredicate(ColumnRef column, bool expectNull) : IRowPredicate
{
    public bool Matches(Entity?[] row) => (column.ReadRaw(row) is null) == expectNull;
}
