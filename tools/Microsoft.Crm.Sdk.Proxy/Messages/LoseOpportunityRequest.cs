using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Closes an opportunity as lost. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class LoseOpportunityRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>LoseOpportunity</c>.</summary>
    public LoseOpportunityRequest()
    {
        RequestName = MessageNames.LoseOpportunity;
        OpportunityClose = null;
        Status = null;
    }

    /// <summary>Gets or sets the opportunity close activity (its <c>opportunityid</c> names the opportunity).</summary>
    public Entity OpportunityClose
    {
        get => ParameterReader.Read<Entity>(Parameters, ParameterNames.OpportunityClose);
        set => Parameters[ParameterNames.OpportunityClose] = value;
    }

    /// <summary>Gets or sets the status reason the opportunity closes with.</summary>
    public OptionSetValue Status
    {
        get => ParameterReader.Read<OptionSetValue>(Parameters, ParameterNames.Status);
        set => Parameters[ParameterNames.Status] = value;
    }
}
