namespace Crm.Renewals.Plugins.Renewals;

/// <summary>Platform relationship names the renewal steps use, as Dataverse spells them.</summary>
internal static class PlatformRelationships
{
    /// <summary>
    /// The platform relationship from an opportunity to the tasks regarding it, used for deep insert.
    /// Relationship names are not among the generated model constants, so it is declared here, once.
    /// </summary>
    public const string OpportunityTasks = "Opportunity_Tasks";
}
