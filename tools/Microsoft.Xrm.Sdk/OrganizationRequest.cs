using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message request: its name and its named parameters.</summary>
public class OrganizationRequest : IExtensibleDataObject
{
    private ParameterCollection _parameters;

    /// <summary>Creates a request with no name.</summary>
    public OrganizationRequest()
    {
    }

    /// <summary>Creates a request for a message by name (for example a Custom API's unique name).</summary>
    /// <param name="requestName">The message name.</param>
    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets a parameter; the getter throws <see cref="System.Collections.Generic.KeyNotFoundException"/> when it is missing.</summary>
    /// <param name="parameterName">The parameter name.</param>
    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    /// <summary>Gets or sets the parameters; created empty on first read.</summary>
    public ParameterCollection Parameters
    {
        get => _parameters ??= new ParameterCollection();
        set => _parameters = value;
    }

    /// <summary>Gets or sets the caller-chosen request id.</summary>
    public Guid? RequestId { get; set; }

    /// <summary>Gets or sets the message name.</summary>
    public string RequestName { get; set; }
}
