using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sets a record's state and status reason. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class SetStateRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>SetState</c>.</summary>
    public SetStateRequest()
    {
        RequestName = MessageNames.SetState;
        EntityMoniker = null;
        State = null;
        Status = null;
    }

    /// <summary>Gets or sets the record.</summary>
    public EntityReference EntityMoniker
    {
        get => ParameterReader.Read<EntityReference>(Parameters, ParameterNames.EntityMoniker);
        set => Parameters[ParameterNames.EntityMoniker] = value;
    }

    /// <summary>Gets or sets the new state.</summary>
    public OptionSetValue State
    {
        get => ParameterReader.Read<OptionSetValue>(Parameters, ParameterNames.State);
        set => Parameters[ParameterNames.State] = value;
    }

    /// <summary>Gets or sets the new status reason.</summary>
    public OptionSetValue Status
    {
        get => ParameterReader.Read<OptionSetValue>(Parameters, ParameterNames.Status);
        set => Parameters[ParameterNames.Status] = value;
    }
}
