using System;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// What a transaction locks: a row (<see cref="Key"/> empty, <see cref="Value"/> the row id) or one set of values of an
/// alternate key (<see cref="Key"/> the key's name, <see cref="Value"/> its <see cref="KeyValues"/>), as SQL Server
/// locks a row and the entries of its unique indexes.
/// </summary>
/// <param name="Table">Logical name of the table.</param>
/// <param name="Key">The alternate key's logical name, or empty for the row itself.</param>
/// <param name="Value">The row id, or the key values.</param>
internal readonly record struct LockResource(string Table, string Key, object Value)
{
    public static LockResource Row(string table, Guid id) => new(table, string.Empty, id);

    public override string ToString() => Key.Length == 0 ? Table + " " + Value : Table + " key " + Key + " " + Value;
}
