namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>
/// A node of the document produced by <see cref="JsonParser"/>. Every node remembers where it
/// started in the source text so that a consumer can point an admin at the offending value.
/// </summary>
public abstract class JsonValue
{
    /// <summary>Creates a node that started at the given 1-based position.</summary>
    /// <param name="line">1-based line of the node's first character.</param>
    /// <param name="column">1-based column of the node's first character.</param>
    protected JsonValue(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>What kind of value this is.</summary>
    public abstract JsonValueKind Kind { get; }

    /// <summary>1-based line where the value starts.</summary>
    public int Line { get; }

    /// <summary>1-based column (in UTF-16 code units) where the value starts.</summary>
    public int Column { get; }

    /// <summary>
    /// The value in words for error messages, e.g. <c>a string ("abc")</c>, <c>150</c>, <c>an object</c>.
    /// </summary>
    public abstract string Describe();
}
