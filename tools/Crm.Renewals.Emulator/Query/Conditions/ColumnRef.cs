using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>A column of one table of the joined row.</summary>
/// <param name="Slot">The table's slot in the joined row.</param>
/// <param name="Attribute">The column's logical name.</param>
internal readonly record struct ColumnRef(int Slot, string Attribute)
{
    /// <summary>Reads the value; false when the row or the value is absent (SQL NULL).</summary>
    public bool TryRead(Entity?[] row, out ScalarKey key) => ValueReader.TryRead(row[Slot], Attribute, out key);

    /// <summary>Reads the raw stored value, or null.</summary>
    public object? ReadRaw(Entity?[] row) =>
        row[Slot] is { } entity && entity.Attributes.TryGetValue(Attribute, out var value) ? value : null;
}
