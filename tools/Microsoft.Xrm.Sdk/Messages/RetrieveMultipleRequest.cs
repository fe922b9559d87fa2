using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves the records a query matches. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>RetrieveMultiple</c>.</summary>
    public RetrieveMultipleRequest()
    {
        RequestName = MessageNames.RetrieveMultiple;
        Query = null;
    }

    /// <summary>Gets or sets the query.</summary>
    public QueryBase Query
    {
        get => ParameterReader.Read<QueryBase>(Parameters, ParameterNames.Query);
        set => Parameters[ParameterNames.Query] = value;
    }
}
