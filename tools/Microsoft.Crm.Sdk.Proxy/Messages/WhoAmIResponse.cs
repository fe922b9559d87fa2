using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The result of WhoAmI.</summary>
public sealed class WhoAmIResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public WhoAmIResponse()
    {
    }

    /// <summary>Gets the calling user's business unit. Read from <see cref="OrganizationResponse.Results"/>; empty when absent.</summary>
    public Guid BusinessUnitId => ParameterReader.Read<Guid>(Results, ParameterNames.BusinessUnitId);

    /// <summary>Gets the organization. Read from <see cref="OrganizationResponse.Results"/>; empty when absent.</summary>
    public Guid OrganizationId => ParameterReader.Read<Guid>(Results, ParameterNames.OrganizationId);

    /// <summary>Gets the calling user. Read from <see cref="OrganizationResponse.Results"/>; empty when absent.</summary>
    public Guid UserId => ParameterReader.Read<Guid>(Results, ParameterNames.UserId);
}
