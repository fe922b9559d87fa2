using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query RetrieveMultiple accepts: <see cref="QueryExpression"/>, <see cref="QueryByAttribute"/> or <see cref="FetchExpression"/>.</summary>
public abstract class QueryBase : IExtensibleDataObject
{
    // Not public in the official assembly: only the SDK's query types derive from this type.
    internal QueryBase()
    {
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }
}
