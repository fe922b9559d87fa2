using System;
using System.Buffers.Binary;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>
/// A Guid rearranged so that comparing (High, Low) gives SQL Server's <c>uniqueidentifier</c> order,
/// in which the last six bytes are the most significant. Computed once per row for sorting.
/// </summary>
internal readonly record struct SqlGuidKey(ulong High, ulong Low) : IComparable<SqlGuidKey>
{
    public static SqlGuidKey From(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes);

        // SQL Server compares byte groups 10-15, 8-9, 6-7, 4-5, 0-3 (of Guid.ToByteArray()), most significant first.
        Span<byte> ordered = stackalloc byte[16];
        bytes[10..16].CopyTo(ordered);
        bytes[8..10].CopyTo(ordered[6..]);
        bytes[6..8].CopyTo(ordered[8..]);
        bytes[4..6].CopyTo(ordered[10..]);
        bytes[0..4].CopyTo(ordered[12..]);
        return new SqlGuidKey(BinaryPrimitives.ReadUInt64BigEndian(ordered), BinaryPrimitives.ReadUInt64BigEndian(ordered[8..]));
    }

    public int CompareTo(SqlGuidKey other)
    {
        var high = High.CompareTo(other.High);
        return high != 0 ? high : Low.CompareTo(other.Low);
    }
}
