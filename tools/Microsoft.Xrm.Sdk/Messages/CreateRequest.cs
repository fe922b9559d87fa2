namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a record. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class CreateRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>Create</c>.</summary>
    public CreateRequest()
    {
        RequestName = MessageNames.Create;
        Target = null;
    }

    /// <summary>Gets or sets the record to create.</summary>
    public Entity Target
    {
        get => ParameterReader.Read<Entity>(Parameters, ParameterNames.Target);
        set => Parameters[ParameterNames.Target] = value;
    }
}
