namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) result of Update.</summary>
public sealed class UpdateResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public UpdateResponse()
    {
    }
}
