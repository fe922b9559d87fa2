using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>A JSON array.</summary>
public sealed class JsonArray : JsonValue
{
    /// <summary>Creates an array node.</summary>
    /// <param name="items">The elements, in document order.</param>
    /// <param name="line">1-based line of the opening bracket.</param>
    /// <param name="column">1-based column of the opening bracket.</param>
    public JsonArray(IReadOnlyList<JsonValue> items, int line, int column)
        : base(line, column)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
    }

    /// <summary>The elements, in document order.</summary>
    public IReadOnlyList<JsonValue> Items { get; }

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Array;

    /// <inheritdoc />
    public override string Describe() => Items.Count == 0 ? "an empty array" : "an array";
}
