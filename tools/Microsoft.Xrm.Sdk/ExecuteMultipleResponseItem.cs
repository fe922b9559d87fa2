using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The outcome of one request of an ExecuteMultiple batch: its response or its fault, with its position.</summary>
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    /// <summary>Creates an empty item.</summary>
    public ExecuteMultipleResponseItem()
    {
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the fault of the request, or null when it succeeded.</summary>
    public OrganizationServiceFault Fault { get; set; }

    /// <summary>Gets or sets the zero-based position of the request in the batch.</summary>
    public int RequestIndex { get; set; }

    /// <summary>Gets or sets the response of a request that succeeded, when the batch asked for responses.</summary>
    public OrganizationResponse Response { get; set; }
}
