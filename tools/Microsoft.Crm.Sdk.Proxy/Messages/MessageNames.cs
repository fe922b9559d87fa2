namespace Microsoft.Crm.Sdk.Messages;

/// <summary>
/// The <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.RequestName"/> each request class sets. Plugin steps for
/// closing an opportunity are registered on the platform messages <c>Win</c> and <c>Lose</c> instead.
/// </summary>
internal static class MessageNames
{
    internal const string Assign = "Assign";
    internal const string LoseOpportunity = "LoseOpportunity";
    internal const string SetState = "SetState";
    internal const string WhoAmI = "WhoAmI";
    internal const string WinOpportunity = "WinOpportunity";
}
