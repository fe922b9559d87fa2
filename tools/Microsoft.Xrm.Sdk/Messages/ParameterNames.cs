namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The keys under which the core messages keep their parameters and results, as the platform names them.</summary>
internal static class ParameterNames
{
    internal const string Target = "Target";
    internal const string ColumnSet = "ColumnSet";
    internal const string Query = "Query";
    internal const string Relationship = "Relationship";
    internal const string RelatedEntities = "RelatedEntities";
    internal const string RelatedEntitiesQuery = "RelatedEntitiesQuery";
    internal const string ReturnNotifications = "ReturnNotifications";
    internal const string ConcurrencyBehavior = "ConcurrencyBehavior";
    internal const string Id = "id";
    internal const string Entity = "Entity";
    internal const string Notifications = "Notifications";
    internal const string EntityCollection = "EntityCollection";
    internal const string RecordCreated = "RecordCreated";
    internal const string Requests = "Requests";
    internal const string Settings = "Settings";
    internal const string IsFaulted = "IsFaulted";
    internal const string Responses = "Responses";
}
