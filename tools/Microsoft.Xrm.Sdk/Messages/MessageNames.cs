namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The <see cref="OrganizationRequest.RequestName"/> each core request class sets.</summary>
internal static class MessageNames
{
    internal const string Associate = "Associate";
    internal const string Create = "Create";
    internal const string Delete = "Delete";
    internal const string Disassociate = "Disassociate";
    internal const string ExecuteMultiple = "ExecuteMultiple";
    internal const string Retrieve = "Retrieve";
    internal const string RetrieveMultiple = "RetrieveMultiple";
    internal const string Update = "Update";
    internal const string Upsert = "Upsert";
}
