namespace Microsoft.Xrm.Sdk;

/// <summary>The alternate-key column values identifying a record, keyed by logical name.</summary>
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    /// <summary>Creates an empty collection.</summary>
    public KeyAttributeCollection()
    {
    }
}
