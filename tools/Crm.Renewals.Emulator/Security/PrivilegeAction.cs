namespace Crm.Renewals.Emulator.Security;

/// <summary>The table privileges of a security role; the privilege name is <c>prv</c> + action + the table's schema name.</summary>
public enum PrivilegeAction
{
    /// <summary>Create rows.</summary>
    Create,

    /// <summary>Read rows.</summary>
    Read,

    /// <summary>Update rows.</summary>
    Write,

    /// <summary>Delete rows.</summary>
    Delete,

    /// <summary>Set a lookup of this table's row to another row.</summary>
    Append,

    /// <summary>Be the row another row's lookup points at.</summary>
    AppendTo,

    /// <summary>Give the row to another owner.</summary>
    Assign,

    /// <summary>Share the row.</summary>
    Share,
}
