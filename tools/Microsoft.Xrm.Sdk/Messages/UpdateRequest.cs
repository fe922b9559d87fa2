namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates the columns present in a record. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class UpdateRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>Update</c>.</summary>
    public UpdateRequest()
    {
        RequestName = MessageNames.Update;
        Target = null;
    }

    /// <summary>Gets or sets the optimistic concurrency choice; not sent unless set.</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterReader.Read<ConcurrencyBehavior>(Parameters, ParameterNames.ConcurrencyBehavior);
        set => Parameters[ParameterNames.ConcurrencyBehavior] = value;
    }

    /// <summary>Gets or sets the record, holding only the columns to change.</summary>
    public Entity Target
    {
        get => ParameterReader.Read<Entity>(Parameters, ParameterNames.Target);
        set => Parameters[ParameterNames.Target] = value;
    }
}
