using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>
/// A JSON object. Member names are unique and compared ordinally (case-sensitive), as the
/// configuration keys are; document order is kept so messages list keys as the admin wrote them.
/// </summary>
public sealed class JsonObject : JsonValue
{
    private readonly Dictionary<string, JsonValue> byName;

    /// <summary>Creates an object node.</summary>
    /// <param name="members">The members in document order; names must be unique.</param>
    /// <param name="line">1-based line of the opening brace.</param>
    /// <param name="column">1-based column of the opening brace.</param>
    /// <exception cref="ArgumentException">Two members share a name.</exception>
    public JsonObject(IReadOnlyList<KeyValuePair<string, JsonValue>> members, int line, int column)
        : base(line, column)
    {
        Members = members ?? throw new ArgumentNullException(nameof(members));
        byName = new Dictionary<string, JsonValue>(members.Count, StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (byName.ContainsKey(member.Key))
            {
                throw new ArgumentException("Duplicate member name '" + member.Key + "'.", nameof(members));
            }

            byName.Add(member.Key, member.Value);
        }
    }

    /// <summary>The members in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonValue>> Members { get; }

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Object;

    /// <summary>Looks a member up by its exact name.</summary>
    /// <param name="name">The member name (case-sensitive).</param>
    /// <param name="value">The member's value when found.</param>
    /// <returns>True when the object has that member.</returns>
    public bool TryGetValue(string name, out JsonValue value)
    {
        if (byName.TryGetValue(name, out var found))
        {
            value = found;
            return true;
        }

        value = null!;
        return false;
    }

    /// <inheritdoc />
    public override string Describe() => "an object";
}
