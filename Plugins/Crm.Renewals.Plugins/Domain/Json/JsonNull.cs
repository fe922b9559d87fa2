namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>A JSON <c>null</c>.</summary>
public sealed class JsonNull : JsonValue
{
    /// <summary>Creates a null node.</summary>
    /// <param name="line">1-based line of the literal.</param>
    /// <param name="column">1-based column of the literal.</param>
    public JsonNull(int line, int column)
        : base(line, column)
    {
    }

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Null;

    /// <inheritdoc />
    public override string Describe() => "null";
}
