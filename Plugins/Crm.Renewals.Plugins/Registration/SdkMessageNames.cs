namespace Crm.Renewals.Plugins.Registration;

/// <summary>Names of the platform messages the steps are registered on, as Dataverse spells them.</summary>
public static class SdkMessageNames
{
    /// <summary>Creating a row.</summary>
    public const string Create = "Create";

    /// <summary>Updating a row (also raised by SetState, which the platform performs as an update of statecode).</summary>
    public const string Update = "Update";

    /// <summary>Deleting a row (also raised for each child row a cascade deletes, with the parent's Delete as ParentContext).</summary>
    public const string Delete = "Delete";
}
