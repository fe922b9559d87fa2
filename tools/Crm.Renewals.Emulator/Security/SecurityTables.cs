using System;
using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Security;

/// <summary>The platform tables, columns and many-to-many relationships of Dataverse's security model.</summary>
public static class SecurityTables
{
    /// <summary>Security roles.</summary>
    public const string Role = "role";

    /// <summary>Privileges (one per action and table, plus miscellaneous ones).</summary>
    public const string Privilege = "privilege";

    /// <summary>The privileges of a role with their depth.</summary>
    public const string RolePrivileges = "roleprivileges";

    /// <summary>Intersect of users and roles.</summary>
    public const string SystemUserRoles = "systemuserroles";

    /// <summary>Intersect of teams and roles.</summary>
    public const string TeamRoles = "teamroles";

    /// <summary>Intersect of teams and their member users.</summary>
    public const string TeamMembership = "teammembership";

    /// <summary>Column of a role, privilege and intersect row.</summary>
    public const string RoleId = "roleid";

    /// <summary>Column of a privilege and role privilege row.</summary>
    public const string PrivilegeId = "privilegeid";

    /// <summary>Depth column of a role privilege row (1 Basic, 2 Local, 4 Deep, 8 Global).</summary>
    public const string PrivilegeDepthMask = "privilegedepthmask";

    /// <summary>User column of an intersect row.</summary>
    public const string SystemUserId = "systemuserid";

    /// <summary>Team column of an intersect row.</summary>
    public const string TeamId = "teamid";

    /// <summary>Name column of a role or privilege.</summary>
    public const string Name = "name";

    /// <summary>Business unit column of a role, user or team.</summary>
    public const string BusinessUnitId = "businessunitid";

    /// <summary>Parent column of a business unit.</summary>
    public const string ParentBusinessUnitId = "parentbusinessunitid";

    /// <summary>Roles given to users (Associate from systemuser to role).</summary>
    public const string SystemUserRolesAssociation = "systemuserroles_association";

    /// <summary>Roles given to teams (Associate from team to role).</summary>
    public const string TeamRolesAssociation = "teamroles_association";

    /// <summary>Users made members of teams (Associate from team to systemuser).</summary>
    public const string TeamMembershipAssociation = "teammembership_association";

    private static readonly HashSet<string> Deciding = new(StringComparer.Ordinal)
    {
        Role, RolePrivileges, SystemUserRoles, TeamRoles, TeamMembership, "systemuser", "team", "businessunit",
    };

    /// <summary>True for a table whose rows decide privileges (a change invalidates cached privileges).</summary>
    /// <param name="table">Logical name.</param>
    /// <returns>True when it decides who may do what.</returns>
    public static bool Decides(string table) => Deciding.Contains(table);
}
