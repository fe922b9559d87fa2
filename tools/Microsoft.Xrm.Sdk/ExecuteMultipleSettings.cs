using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>How an ExecuteMultiple batch runs: whether it continues after a fault and returns responses.</summary>
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    /// <summary>Creates settings that stop at the first fault and return no responses.</summary>
    public ExecuteMultipleSettings()
    {
    }

    /// <summary>Gets or sets whether the batch continues after a request faults.</summary>
    public bool ContinueOnError { get; set; }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets whether responses of successful requests are returned.</summary>
    public bool ReturnResponses { get; set; }
}
