using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Assigns a record to a user or team. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class AssignRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>Assign</c>.</summary>
    public AssignRequest()
    {
        RequestName = MessageNames.Assign;
        Target = null;
        Assignee = null;
    }

    /// <summary>Gets or sets the user or team that becomes the owner.</summary>
    public EntityReference Assignee
    {
        get => ParameterReader.Read<EntityReference>(Parameters, ParameterNames.Assignee);
        set => Parameters[ParameterNames.Assignee] = value;
    }

    /// <summary>Gets or sets the record to assign.</summary>
    public EntityReference Target
    {
        get => ParameterReader.Read<EntityReference>(Parameters, ParameterNames.Target);
        set => Parameters[ParameterNames.Target] = value;
    }
}
