using System.Globalization;

namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>
/// A JSON number. Held as <see cref="decimal"/> because every number in this product's
/// configuration is a count, a percentage or an amount of money, where binary floating point
/// would turn 0.1 into 0.1000000000000000055.
/// </summary>
public sealed class JsonNumber : JsonValue
{
    /// <summary>Creates a number node.</summary>
    /// <param name="value">The number.</param>
    /// <param name="line">1-based line of the first character.</param>
    /// <param name="column">1-based column of the first character.</param>
    public JsonNumber(decimal value, int line, int column)
        : base(line, column)
    {
        Value = value;
    }

    /// <summary>The number.</summary>
    public decimal Value { get; }

    /// <summary>True when the number has no fractional part (so <c>120.0</c> counts as whole).</summary>
    public bool IsWhole => decimal.Truncate(Value) == Value;

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Number;

    /// <inheritdoc />
    public override string Describe() => Value.ToString("0.############################", CultureInfo.InvariantCulture);
}
