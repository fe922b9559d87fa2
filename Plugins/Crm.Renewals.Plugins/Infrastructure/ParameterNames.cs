namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>Names of the platform's input parameters the steps read.</summary>
public static class ParameterNames
{
    /// <summary>The record a message acts on: an Entity for Create and Update, an EntityReference for Delete and bound Custom APIs.</summary>
    public const string Target = "Target";

    /// <summary>Output parameter of Create: the id of the new row (the Target's own id may be empty in PostOperation).</summary>
    public const string Id = "id";

    /// <summary>The opportunity close activity of Win and Lose, whose <c>opportunityid</c> names the opportunity.</summary>
    public const string OpportunityClose = "OpportunityClose";
}
