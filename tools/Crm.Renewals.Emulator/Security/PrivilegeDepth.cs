namespace Crm.Renewals.Emulator.Security;

/// <summary>How far a privilege reaches, as Dataverse's <c>privilegedepthmask</c> and role files (Basic, Local, Deep, Global) write it.</summary>
public enum PrivilegeDepth
{
    /// <summary>Not held.</summary>
    None = 0,

    /// <summary>User: rows the user (or a team of theirs) owns.</summary>
    Basic = 1,

    /// <summary>Business unit: rows owned in the user's business unit.</summary>
    Local = 2,

    /// <summary>Parent: child business units: rows owned in the user's business unit and every unit below it.</summary>
    Deep = 4,

    /// <summary>Organization: every row.</summary>
    Global = 8,
}
