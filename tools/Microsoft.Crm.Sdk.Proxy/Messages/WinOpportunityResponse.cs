using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) result of WinOpportunity.</summary>
public sealed class WinOpportunityResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public WinOpportunityResponse()
    {
    }
}
