using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) result of Assign.</summary>
public sealed class AssignResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public AssignResponse()
    {
    }
}
