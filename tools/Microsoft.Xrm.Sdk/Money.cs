using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a currency column. Equality compares <see cref="Value"/>; <c>==</c> stays reference equality.</summary>
public sealed class Money : IExtensibleDataObject
{
    /// <summary>Creates an amount of zero.</summary>
    public Money()
    {
    }

    /// <summary>Creates an amount.</summary>
    /// <param name="value">The amount.</param>
    public Money(decimal value)
    {
        Value = value;
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the amount.</summary>
    public decimal Value { get; set; }

    /// <summary>Tells whether <paramref name="obj"/> is a <see cref="Money"/> with the same amount.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object obj) => obj is Money other && other.Value == Value;

    /// <summary>Hashes the amount, consistently with <see cref="Equals(object)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Value.GetHashCode();
}
