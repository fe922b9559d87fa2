using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The detail of a fault returned by the organization service.</summary>
public abstract class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails;

    // Not public in the official assembly: only the SDK's own faults derive from this type.
    internal BaseServiceFault()
    {
    }

    /// <summary>Gets or sets the id of the failed activity, for support.</summary>
    public Guid ActivityId { get; set; }

    /// <summary>Gets or sets the platform error code.</summary>
    public int ErrorCode { get; set; }

    /// <summary>Gets or sets extra details (for example <c>Retry-After</c>); created empty on first read.</summary>
    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets a link to help on the error.</summary>
    public string HelpLink { get; set; }

    /// <summary>Gets or sets the error message.</summary>
    public string Message { get; set; }

    /// <summary>Gets or sets when the fault occurred (UTC).</summary>
    public DateTime Timestamp { get; set; }
}
