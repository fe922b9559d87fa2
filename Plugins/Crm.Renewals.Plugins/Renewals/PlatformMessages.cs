namespace Crm.Renewals.Plugins.Renewals;

/// <summary>Names of the platform messages and request parameters the renewal steps use, as Dataverse spells them.</summary>
internal static class PlatformMessages
{
    /// <summary>Create.</summary>
    public const string Create = "Create";

    /// <summary>Update (also raised by SetState, which the platform performs as an update of statecode).</summary>
    public const string Update = "Update";

    /// <summary>Win: an opportunity closed as won (<c>WinOpportunityRequest</c>).</summary>
    public const string Win = "Win";

    /// <summary>Lose: an opportunity closed as lost (<c>LoseOpportunityRequest</c>).</summary>
    public const string Lose = "Lose";

    /// <summary>The input parameter holding the record of Create and Update.</summary>
    public const string Target = "Target";

    /// <summary>The input parameter of Win and Lose holding the opportunity close activity, whose <c>opportunityid</c> names the opportunity.</summary>
    public const string OpportunityClose = "OpportunityClose";

    /// <summary>
    /// The platform relationship from an opportunity to the tasks regarding it, used for deep insert.
    /// Relationship names are not among the generated model constants, so it is declared here, once.
    /// </summary>
    public const string OpportunityTasks = "Opportunity_Tasks";
}
