namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Retrieve.</summary>
public sealed class RetrieveResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public RetrieveResponse()
    {
    }

    /// <summary>Gets the record. Read from <see cref="OrganizationResponse.Results"/>; the default when absent.</summary>
    public Entity Entity => ParameterReader.Read<Entity>(Results, ParameterNames.Entity);

    /// <summary>Gets the notifications, when requested. Read from <see cref="OrganizationResponse.Results"/>; the default when absent.</summary>
    public object Notifications => ParameterReader.Read<object>(Results, ParameterNames.Notifications);
}
