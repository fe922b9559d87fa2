using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves a record. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class RetrieveRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>Retrieve</c>.</summary>
    public RetrieveRequest()
    {
        RequestName = MessageNames.Retrieve;
        Target = null;
        ColumnSet = null;
    }

    /// <summary>Gets or sets the columns to return.</summary>
    public ColumnSet ColumnSet
    {
        get => ParameterReader.Read<ColumnSet>(Parameters, ParameterNames.ColumnSet);
        set => Parameters[ParameterNames.ColumnSet] = value;
    }

    /// <summary>Gets or sets whether notifications are returned; not sent unless set.</summary>
    public bool ReturnNotifications
    {
        get => ParameterReader.Read<bool>(Parameters, ParameterNames.ReturnNotifications);
        set => Parameters[ParameterNames.ReturnNotifications] = value;
    }

    /// <summary>Gets or sets the record to retrieve.</summary>
    public EntityReference Target
    {
        get => ParameterReader.Read<EntityReference>(Parameters, ParameterNames.Target);
        set => Parameters[ParameterNames.Target] = value;
    }
}
