using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a choice column. Equality compares <see cref="Value"/>; <c>==</c> stays reference equality.</summary>
public sealed class OptionSetValue : IExtensibleDataObject
{
    /// <summary>Creates option value zero.</summary>
    public OptionSetValue()
    {
    }

    /// <summary>Creates an option value.</summary>
    /// <param name="value">The option's integer value.</param>
    public OptionSetValue(int value)
    {
        Value = value;
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the option's integer value.</summary>
    public int Value { get; set; }

    /// <summary>Tells whether <paramref name="obj"/> is an <see cref="OptionSetValue"/> with the same value.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object obj) => obj is OptionSetValue other && other.Value == Value;

    /// <summary>Hashes the value, consistently with <see cref="Equals(object)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Value.GetHashCode();
}
