using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) result of SetState.</summary>
public sealed class SetStateResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public SetStateResponse()
    {
    }
}
