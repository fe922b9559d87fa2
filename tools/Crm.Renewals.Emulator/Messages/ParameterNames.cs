namespace Crm.Renewals.Emulator.Messages;

/// <summary>Request parameter and response property names of the platform messages.</summary>
internal static class ParameterNames
{
    public const string Target = "Target";
    public const string Id = "id";
    public const string ColumnSet = "ColumnSet";
    public const string Entity = "Entity";
    public const string Query = "Query";
    public const string EntityCollection = "EntityCollection";
    public const string Relationship = "Relationship";
    public const string RelatedEntities = "RelatedEntities";
    public const string EntityMoniker = "EntityMoniker";
    public const string State = "State";
    public const string Status = "Status";
    public const string Assignee = "Assignee";
    public const string OpportunityClose = "OpportunityClose";
    public const string RecordCreated = "RecordCreated";
    public const string UserId = "UserId";
    public const string BusinessUnitId = "BusinessUnitId";
    public const string OrganizationId = "OrganizationId";
}
