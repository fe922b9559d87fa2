namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of ExecuteMultiple.</summary>
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public ExecuteMultipleResponse()
    {
    }

    /// <summary>Gets whether at least one request faulted. Read from <see cref="OrganizationResponse.Results"/>; false when absent.</summary>
    public bool IsFaulted => ParameterReader.Read<bool>(Results, ParameterNames.IsFaulted);

    /// <summary>Gets the items: faults always, responses of successful requests when asked for. Read from <see cref="OrganizationResponse.Results"/>.</summary>
    public ExecuteMultipleResponseItemCollection Responses => ParameterReader.Read<ExecuteMultipleResponseItemCollection>(Results, ParameterNames.Responses);
}
