using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) result of LoseOpportunity.</summary>
public sealed class LoseOpportunityResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public LoseOpportunityResponse()
    {
    }
}
