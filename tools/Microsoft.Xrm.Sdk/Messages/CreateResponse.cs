using System;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Create.</summary>
public sealed class CreateResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public CreateResponse()
    {
    }

    /// <summary>Gets the new record's id. Read from <see cref="OrganizationResponse.Results"/>; the default when absent.</summary>
    public Guid id => ParameterReader.Read<Guid>(Results, ParameterNames.Id);
}
