namespace Microsoft.Xrm.Sdk;

/// <summary>The column values of an <see cref="Entity"/>, keyed by logical name (case-sensitive).</summary>
public sealed class AttributeCollection : DataCollection<string, object>
{
    /// <summary>Creates an empty collection.</summary>
    public AttributeCollection()
    {
    }
}
