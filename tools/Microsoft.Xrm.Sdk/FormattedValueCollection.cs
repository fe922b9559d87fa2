namespace Microsoft.Xrm.Sdk;

/// <summary>The display strings the platform returns for column values, keyed by logical name.</summary>
public sealed class FormattedValueCollection : DataCollection<string, string>
{
    /// <summary>Creates an empty collection.</summary>
    public FormattedValueCollection()
    {
    }
}
