namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a batch of requests in one call; each runs in its own transaction (no batch-wide rollback).</summary>
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    /// <summary>
    /// Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>ExecuteMultiple</c> and both parameters
    /// registered with null values, as the official class does (observed on Microsoft's assembly by CoreRequestTests).
    /// </summary>
    public ExecuteMultipleRequest()
    {
        RequestName = MessageNames.ExecuteMultiple;
        Requests = null;
        Settings = null;
    }

    /// <summary>Gets or sets the requests, run in order.</summary>
    public OrganizationRequestCollection Requests
    {
        get => ParameterReader.Read<OrganizationRequestCollection>(Parameters, ParameterNames.Requests);
        set => Parameters[ParameterNames.Requests] = value;
    }

    /// <summary>Gets or sets whether the batch continues after a fault and returns responses.</summary>
    public ExecuteMultipleSettings Settings
    {
        get => ParameterReader.Read<ExecuteMultipleSettings>(Parameters, ParameterNames.Settings);
        set => Parameters[ParameterNames.Settings] = value;
    }
}
