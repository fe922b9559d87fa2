using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Security;

/// <summary>
/// The security rows every organization starts with: one privilege row per action and table of the metadata (and the
/// miscellaneous ones), the System Administrator and Basic User roles in the root business unit, Basic User's privileges,
/// and the solution's own roles (<c>Roles/*.xml</c>) with theirs, as an import creates them.
/// </summary>
internal static class SecurityBaseline
{
    private static readonly PrivilegeAction[] Actions = (PrivilegeAction[])Enum.GetValues(typeof(PrivilegeAction));

    private static readonly string[] Miscellaneous = [PrivilegeNames.ActOnBehalfOfAnotherUser];

    /// <summary>The privilege names of the metadata: eight per table, plus the miscellaneous ones.</summary>
    public static IEnumerable<string> PrivilegeNamesOf(OrganizationMetadata metadata) =>
        metadata.Tables.SelectMany(table => Actions.Select(action => PrivilegeNames.For(action, table)))
            .Concat(Miscellaneous)
            .Concat(SolutionRoles(metadata).SelectMany(role => role.Privileges.Select(privilege => privilege.Name)))
            .Distinct();

    /// <summary>The rows, in the order they must be written (privileges and roles before what points at them).</summary>
    public static IEnumerable<Entity> Rows(OrganizationMetadata metadata, EntityReference rootUnit)
    {
        foreach (var name in PrivilegeNamesOf(metadata))
        {
            yield return new Entity(SecurityTables.Privilege, PrivilegeNames.IdOf(name)) { [SecurityTables.Name] = name };
        }

        yield return Role(PlatformRoles.SystemAdministratorId, PlatformRoles.SystemAdministratorName, rootUnit);
        yield return Role(PlatformRoles.BasicUserId, PlatformRoles.BasicUserName, rootUnit);
        foreach (var table in metadata.Tables.Where(table => PlatformRoles.BasicUserReadTables.Contains(table.LogicalName)))
        {
            yield return Grant(PlatformRoles.BasicUserId, PrivilegeNames.For(PrivilegeAction.Read, table), PrivilegeDepth.Global);
        }

        foreach (var table in metadata.Tables.Where(table => PlatformRoles.BasicUserAppendToTables.Contains(table.LogicalName)))
        {
            yield return Grant(PlatformRoles.BasicUserId, PrivilegeNames.For(PrivilegeAction.AppendTo, table), PrivilegeDepth.Global);
        }

        foreach (var role in SolutionRoles(metadata))
        {
            yield return Role(role.Id, role.Name, rootUnit);
            foreach (var privilege in role.Privileges)
            {
                yield return Grant(role.Id, privilege.Name, Enum.Parse<PrivilegeDepth>(privilege.Level));
            }
        }
    }

    private static IEnumerable<Solution.Model.RoleModel> SolutionRoles(OrganizationMetadata metadata) => metadata.Solution?.Roles ?? [];

    /// <summary>A role privilege row.</summary>
    public static Entity Grant(Guid roleId, string privilege, PrivilegeDepth depth) => new(SecurityTables.RolePrivileges)
    {
        [SecurityTables.RoleId] = new EntityReference(SecurityTables.Role, roleId),
        [SecurityTables.PrivilegeId] = new EntityReference(SecurityTables.Privilege, PrivilegeNames.IdOf(privilege)),
        [SecurityTables.PrivilegeDepthMask] = (int)depth,
    };

    /// <summary>A role row.</summary>
    public static Entity Role(Guid id, string name, EntityReference businessUnit) => new(SecurityTables.Role, id)
    {
        [SecurityTables.Name] = name,
        [SecurityTables.BusinessUnitId] = businessUnit,
    };

    /// <summary>A user's role assignment row.</summary>
    public static Entity UserRole(Guid userId, Guid roleId) => new(SecurityTables.SystemUserRoles)
    {
        [SecurityTables.SystemUserId] = new EntityReference(PlatformTables.SystemUser, userId),
        [SecurityTables.RoleId] = new EntityReference(SecurityTables.Role, roleId),
    };
}
