namespace Crm.Renewals.Emulator.Metadata;

/// <summary>Logical names of the columns the platform maintains on every table that has them.</summary>
public static class SystemColumns
{
    /// <summary>When the row was created (UTC).</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Who created the row.</summary>
    public const string CreatedBy = "createdby";

    /// <summary>When the row was last changed (UTC).</summary>
    public const string ModifiedOn = "modifiedon";

    /// <summary>Who last changed the row.</summary>
    public const string ModifiedBy = "modifiedby";

    /// <summary>Owner (user or team) of a user-owned row.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>Business unit of the owner.</summary>
    public const string OwningBusinessUnit = "owningbusinessunit";

    /// <summary>The owner, when it is a user.</summary>
    public const string OwningUser = "owninguser";

    /// <summary>The owner, when it is a team.</summary>
    public const string OwningTeam = "owningteam";

    /// <summary>Status (active/inactive, open/won/lost...).</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason, which belongs to one state.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Row version.</summary>
    public const string VersionNumber = "versionnumber";

    /// <summary>Business unit of a user or team.</summary>
    public const string BusinessUnitId = "businessunitid";

    /// <summary>Composed full name of a user or contact.</summary>
    public const string FullName = "fullname";

    /// <summary>First name of a user or contact.</summary>
    public const string FirstName = "firstname";

    /// <summary>Last name of a user or contact.</summary>
    public const string LastName = "lastname";
}
