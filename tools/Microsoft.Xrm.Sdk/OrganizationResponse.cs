using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message response: its named results.</summary>
public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results;

    /// <summary>Creates an empty response.</summary>
    public OrganizationResponse()
    {
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets a result; the getter throws <see cref="System.Collections.Generic.KeyNotFoundException"/> when it is missing.</summary>
    /// <param name="parameterName">The result name.</param>
    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    /// <summary>Gets or sets the message name of the response; not set by the typed response classes.</summary>
    public string ResponseName { get; set; }

    /// <summary>Gets or sets the results; created empty on first read.</summary>
    public ParameterCollection Results
    {
        get => _results ??= new ParameterCollection();
        set => _results = value;
    }
}
