namespace Microsoft.Xrm.Sdk.Tests.Messages;

/// <summary>Writes a request or response as behaviour.md does: <c>Name [Key1,Key2]</c>.</summary>
internal static class RequestShape
{
    public static string Of(OrganizationRequest request) => $"{request.RequestName} [{string.Join(",", request.Parameters.Keys)}]";

    public static string Of(OrganizationResponse response) => $"{response.ResponseName} [{string.Join(",", response.Results.Keys)}]";
}
