namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>A JSON string, with its escapes already decoded.</summary>
public sealed class JsonString : JsonValue
{
    /// <summary>Creates a string node.</summary>
    /// <param name="value">The decoded text.</param>
    /// <param name="line">1-based line of the opening quote.</param>
    /// <param name="column">1-based column of the opening quote.</param>
    public JsonString(string value, int line, int column)
        : base(line, column)
    {
        Value = value ?? throw new System.ArgumentNullException(nameof(value));
    }

    /// <summary>The decoded text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.String;

    /// <inheritdoc />
    public override string Describe() => "a string (\"" + Value + "\")";
}
