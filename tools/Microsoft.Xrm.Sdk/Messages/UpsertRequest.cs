namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a record, or updates it when it exists. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class UpsertRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>Upsert</c>.</summary>
    public UpsertRequest()
    {
        RequestName = MessageNames.Upsert;
        Target = null;
    }

    /// <summary>Gets or sets the record (by id or alternate key).</summary>
    public Entity Target
    {
        get => ParameterReader.Read<Entity>(Parameters, ParameterNames.Target);
        set => Parameters[ParameterNames.Target] = value;
    }
}
