using System;

namespace Crm.Renewals.Emulator.Security;

/// <summary>The platform's own roles every emulated organization has, in its root business unit.</summary>
public static class PlatformRoles
{
    /// <summary>Name of the role holding every privilege at organization depth.</summary>
    public const string SystemAdministratorName = "System Administrator";

    /// <summary>Name of the role that lets a user sign in and read the organization's reference data, nothing of the business tables.</summary>
    public const string BasicUserName = "Basic User";

    /// <summary>System Administrator: every privilege, Global, on every table (including ones added later).</summary>
    public static Guid SystemAdministratorId { get; } = new("6b2f9e1c-0a4d-4e7b-9c55-1d2e3f4a5b01");

    /// <summary>
    /// Basic User: Global read of users, teams, business units, roles, currencies and environment variables, and AppendTo
    /// on users, teams, business units and currencies (so lookups may point at them).
    /// </summary>
    public static Guid BasicUserId { get; } = new("6b2f9e1c-0a4d-4e7b-9c55-1d2e3f4a5b02");

    /// <summary>The tables lookups of Basic User may point at (AppendTo), organization-wide.</summary>
    public static string[] BasicUserAppendToTables { get; } = ["systemuser", "team", "businessunit", "transactioncurrency"];

    /// <summary>The tables Basic User reads, organization-wide.</summary>
    public static string[] BasicUserReadTables { get; } =
    [
        "systemuser", "team", "businessunit", "role", "transactioncurrency", "environmentvariabledefinition", "environmentvariablevalue",
    ];
}
