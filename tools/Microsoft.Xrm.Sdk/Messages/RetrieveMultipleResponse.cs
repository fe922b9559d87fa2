namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of RetrieveMultiple.</summary>
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public RetrieveMultipleResponse()
    {
    }

    /// <summary>Gets the page of records. Read from <see cref="OrganizationResponse.Results"/>; the default when absent.</summary>
    public EntityCollection EntityCollection => ParameterReader.Read<EntityCollection>(Results, ParameterNames.EntityCollection);
}
