using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A column value returned through a link-entity or aggregate alias; the real value is in <see cref="Value"/>.</summary>
public sealed class AliasedValue : IExtensibleDataObject
{
    /// <summary>Creates an empty aliased value.</summary>
    public AliasedValue()
    {
    }

    /// <summary>Creates an aliased value.</summary>
    /// <param name="entityLogicalName">The table the value comes from.</param>
    /// <param name="attributeLogicalName">The column the value comes from.</param>
    /// <param name="value">The value itself.</param>
    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    /// <summary>Gets the column the value comes from.</summary>
    public string AttributeLogicalName { get; private set; }

    /// <summary>Gets the table the value comes from.</summary>
    public string EntityLogicalName { get; private set; }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets the value itself.</summary>
    public object Value { get; private set; }
}
