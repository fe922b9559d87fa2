namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The keys under which the business messages keep their parameters and results, as the platform names them.</summary>
internal static class ParameterNames
{
    internal const string Target = "Target";
    internal const string Assignee = "Assignee";
    internal const string OpportunityClose = "OpportunityClose";
    internal const string Status = "Status";
    internal const string State = "State";
    internal const string EntityMoniker = "EntityMoniker";
    internal const string UserId = "UserId";
    internal const string BusinessUnitId = "BusinessUnitId";
    internal const string OrganizationId = "OrganizationId";
}
