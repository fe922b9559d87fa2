namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) result of Delete.</summary>
public sealed class DeleteResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public DeleteResponse()
    {
    }
}
