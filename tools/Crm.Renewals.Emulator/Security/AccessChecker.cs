using System;
using System.Globalization;
using Crm.Renewals.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Security;

/// <summary>
/// Decides whether a principal's privileges reach a row: Basic the rows they or their teams own, Local those owned in
/// their business unit, Deep also in the units below it, Global all. A table without an owner (organization-owned) is
/// reached by holding the privilege at all. A refusal is the platform's PrivilegeDenied fault, naming the principal,
/// the missing privilege and the table.
/// </summary>
internal sealed class AccessChecker
{
    private readonly SecurityModel model;

    public AccessChecker(SecurityModel model) => this.model = model;

    /// <summary>True when <paramref name="privileges"/> reach <paramref name="row"/> for <paramref name="action"/>.</summary>
    public bool Allows(EffectivePrivileges privileges, PrivilegeAction action, TableSchema table, Entity row) =>
        Reaches(privileges, privileges.DepthOf(PrivilegeNames.For(action, table.Model)), table, row);

    /// <summary>Refuses unless the privileges reach the row.</summary>
    /// <exception cref="OrganizationFaultException">PrivilegeDenied.</exception>
    public void Require(EffectivePrivileges privileges, PrivilegeAction action, TableSchema table, Entity row)
    {
        var privilege = PrivilegeNames.For(action, table.Model);
        var depth = privileges.DepthOf(privilege);
        if (depth == PrivilegeDepth.None)
        {
            throw Missing(privileges, privilege, table.LogicalName);
        }

        if (!Reaches(privileges, depth, table, row))
        {
            throw new OrganizationFaultException(
                ErrorCodes.PrivilegeDenied,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Principal user (Id={0}, type=8) holds {1} only at {2} depth, which does not reach {3} {4} (owner {5}, business unit {6}).",
                    privileges.UserId,
                    privilege,
                    depth,
                    table.LogicalName,
                    row.Id,
                    row.GetAttributeValue<EntityReference>(SystemColumns.OwnerId)?.Id.ToString("D") ?? "none",
                    model.BusinessUnitOf(row)?.ToString("D") ?? "none"));
        }
    }

    /// <summary>Refuses unless the privilege is held at any depth (miscellaneous privileges, a Custom API's execute privilege).</summary>
    /// <exception cref="OrganizationFaultException">PrivilegeDenied.</exception>
    public static void RequireHeld(EffectivePrivileges privileges, string privilege, string what)
    {
        if (privileges.DepthOf(privilege) == PrivilegeDepth.None)
        {
            throw Missing(privileges, privilege, what);
        }
    }

    private bool Reaches(EffectivePrivileges privileges, PrivilegeDepth depth, TableSchema table, Entity row)
    {
        if (depth == PrivilegeDepth.Global || (depth != PrivilegeDepth.None && !table.Has(SystemColumns.OwnerId) && !table.Has(SystemColumns.BusinessUnitId)))
        {
            return depth != PrivilegeDepth.None;
        }

        if (depth == PrivilegeDepth.None)
        {
            return false;
        }

        var owner = row.GetAttributeValue<EntityReference>(SystemColumns.OwnerId);
        if (owner is not null && (owner.Id == privileges.UserId || privileges.Teams.Contains(owner.Id)))
        {
            return true;
        }

        var unit = model.BusinessUnitOf(row);
        return depth switch
        {
            PrivilegeDepth.Local => unit == privileges.BusinessUnitId,
            PrivilegeDepth.Deep => unit is Guid id && model.IsWithin(id, privileges.BusinessUnitId),
            _ => !table.IsUserOwned && (row.Id == privileges.UserId || unit == privileges.BusinessUnitId),
        };
    }

    /// <summary>The PrivilegeDenied fault for a privilege the principal does not hold.</summary>
    /// <param name="privileges">The principal's privileges (for the counts the message gives).</param>
    /// <param name="privilege">The missing privilege.</param>
    /// <param name="what">The table's logical name, or a phrase saying what the privilege was needed for.</param>
    /// <returns>The fault.</returns>
    public static OrganizationFaultException Missing(EffectivePrivileges privileges, string privilege, string what) => new(
        ErrorCodes.PrivilegeDenied,
        string.Format(
            CultureInfo.InvariantCulture,
            "Principal user (Id={0}, type=8, roleCount={1}, privilegeCount={2}, accessMode=0), is missing {3} privilege (Id={4}) for {5}.",
            privileges.UserId,
            privileges.RoleCount,
            privileges.PrivilegeCount,
            privilege,
            PrivilegeNames.IdOf(privilege),
            what.Contains(' ', StringComparison.Ordinal) ? what : "entity '" + what + "'"));
}
