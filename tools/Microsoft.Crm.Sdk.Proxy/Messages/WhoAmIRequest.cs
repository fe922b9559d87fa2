using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Asks who the calling user is.</summary>
public sealed class WhoAmIRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>WhoAmI</c>.</summary>
    public WhoAmIRequest()
    {
        RequestName = MessageNames.WhoAmI;
    }
}
