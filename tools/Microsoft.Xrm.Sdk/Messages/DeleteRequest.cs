namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a record. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class DeleteRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>Delete</c>.</summary>
    public DeleteRequest()
    {
        RequestName = MessageNames.Delete;
        Target = null;
    }

    /// <summary>Gets or sets the optimistic concurrency choice; not sent unless set.</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterReader.Read<ConcurrencyBehavior>(Parameters, ParameterNames.ConcurrencyBehavior);
        set => Parameters[ParameterNames.ConcurrencyBehavior] = value;
    }

    /// <summary>Gets or sets the record to delete.</summary>
    public EntityReference Target
    {
        get => ParameterReader.Read<EntityReference>(Parameters, ParameterNames.Target);
        set => Parameters[ParameterNames.Target] = value;
    }
}
