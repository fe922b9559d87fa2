namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
public sealed class JsonBoolean : JsonValue
{
    /// <summary>Creates a boolean node.</summary>
    /// <param name="value">The value.</param>
    /// <param name="line">1-based line of the literal.</param>
    /// <param name="column">1-based column of the literal.</param>
    public JsonBoolean(bool value, int line, int column)
        : base(line, column)
    {
        Value = value;
    }

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Boolean;

    /// <inheritdoc />
    public override string Describe() => Value ? "true" : "false";
}
