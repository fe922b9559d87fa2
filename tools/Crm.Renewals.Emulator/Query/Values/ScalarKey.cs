using System;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>
/// A value reduced to what comparisons need: an OptionSetValue or Money becomes its number, an
/// EntityReference its id, a DateTime its UTC ticks. A struct, so reading a row allocates nothing.
/// </summary>
internal readonly struct ScalarKey
{
    private ScalarKey(ValueKind kind, decimal number, long ticks, Guid guid, string? text, string? collationKey = null)
    {
        Kind = kind;
        Number = number;
        Ticks = ticks;
        Guid = guid;
        Text = text;
        CollationKey = collationKey;
    }

    public ValueKind Kind { get; }

    /// <summary>The value of a <see cref="ValueKind.Number"/> (or 0/1 for a <see cref="ValueKind.Boolean"/>).</summary>
    public decimal Number { get; }

    /// <summary>UTC ticks of a <see cref="ValueKind.DateTime"/>.</summary>
    public long Ticks { get; }

    public Guid Guid { get; }

    public string? Text { get; }

    /// <summary>For text about to be sorted: the text folded by <see cref="TextCollation.SortKey"/>, compared ordinally.</summary>
    public string? CollationKey { get; }

    public DateTime DateTime => new(Ticks, DateTimeKind.Utc);

    public static ScalarKey FromText(string text) => new(ValueKind.Text, 0, 0, Guid.Empty, text);

    /// <summary>Text that will be compared many times (a sort key): its collation key is computed once.</summary>
    public static ScalarKey FromSortableText(string text) => new(ValueKind.Text, 0, 0, Guid.Empty, text, TextCollation.SortKey(text));

    public static ScalarKey FromNumber(decimal number) => new(ValueKind.Number, number, 0, Guid.Empty, null);

    public static ScalarKey FromBoolean(bool value) => new(ValueKind.Boolean, value ? 1 : 0, 0, Guid.Empty, null);

    public static ScalarKey FromDateTime(DateTime value) =>
        new(ValueKind.DateTime, 0, UtcDates.ToUtc(value).Ticks, Guid.Empty, null);

    public static ScalarKey FromGuid(Guid value) => new(ValueKind.Guid, 0, 0, value, null);

    /// <summary>Orders two keys of the same kind; keys of different kinds order by kind.</summary>
    public static int Compare(in ScalarKey left, in ScalarKey right)
    {
        if (left.Kind != right.Kind)
        {
            return left.Kind.CompareTo(right.Kind);
        }

        return left.Kind switch
        {
            ValueKind.Text when left.CollationKey is { } leftKey && right.CollationKey is { } rightKey => string.CompareOrdinal(leftKey, rightKey),
            ValueKind.Text => TextCollation.Compare(left.Text, right.Text),
            ValueKind.Number or ValueKind.Boolean => left.Number.CompareTo(right.Number),
            ValueKind.DateTime => left.Ticks.CompareTo(right.Ticks),
            _ => SqlGuidOrder.Compare(left.Guid, right.Guid),
        };
    }

    /// <summary>Equality as the database sees it (text ignoring case and accents).</summary>
    public static bool AreEqual(in ScalarKey left, in ScalarKey right) =>
        left.Kind == right.Kind && left.Kind switch
        {
            ValueKind.Text => TextCollation.AreEqual(left.Text, right.Text),
            ValueKind.Number or ValueKind.Boolean => left.Number == right.Number,
            ValueKind.DateTime => left.Ticks == right.Ticks,
            _ => left.Guid == right.Guid,
        };

    /// <summary>A hash consistent with <see cref="AreEqual"/>.</summary>
    public int GetCollationHashCode() => Kind switch
    {
        ValueKind.Text => TextCollation.GetHashCode(Text),
        ValueKind.Number or ValueKind.Boolean => Number.GetHashCode(),
        ValueKind.DateTime => Ticks.GetHashCode(),
        _ => Guid.GetHashCode(),
    };

    /// <summary>The value as an invariant string, for paging cookies and messages.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Text => Text ?? "",
        ValueKind.Number => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ValueKind.Boolean => Number == 0 ? "0" : "1",
        ValueKind.DateTime => DateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        _ => Guid.ToString("B").ToUpperInvariant(),
    };
}
