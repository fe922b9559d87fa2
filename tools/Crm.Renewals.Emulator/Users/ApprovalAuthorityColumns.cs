namespace Crm.Renewals.Emulator.Users;

/// <summary>The solution's approval authority table: who may approve concessions up to which level.</summary>
public static class ApprovalAuthorityColumns
{
    /// <summary>Table logical name.</summary>
    public const string Table = "crr_approvalauthority";

    /// <summary>Primary name.</summary>
    public const string Name = "crr_name";

    /// <summary>The user (lookup to systemuser).</summary>
    public const string User = "crr_user";

    /// <summary>The authority level (choice <c>crr_authoritylevel</c>).</summary>
    public const string Level = "crr_level";

    /// <summary>Whether the authority is in force.</summary>
    public const string IsActive = "crr_isactive";

    /// <summary>First day the authority applies.</summary>
    public const string ValidFrom = "crr_validfrom";
}
