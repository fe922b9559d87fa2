namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>The six kinds of JSON value (RFC 8259).</summary>
public enum JsonValueKind
{
    /// <summary>An object: an ordered set of uniquely named members.</summary>
    Object,

    /// <summary>An array of values.</summary>
    Array,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number, held as <see cref="decimal"/>.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}
