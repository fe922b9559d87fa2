using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Security;

/// <summary>
/// Associate and Disassociate over the security model's many-to-many relationships, the way an admin tool gives roles:
/// <c>systemuserroles_association</c> (user ⇄ role), <c>teamroles_association</c> (team ⇄ role) and
/// <c>teammembership_association</c> (team ⇄ user), stored as rows of their intersect tables. Giving a role needs Write
/// on the user or team and AppendTo on the role, and nobody can give a role that grants more than they hold themselves.
/// </summary>
internal static class SecurityAssociations
{
    private static readonly Dictionary<string, (string Intersect, string LeftTable, string LeftColumn, string RightTable, string RightColumn)> Relationships =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [SecurityTables.SystemUserRolesAssociation] = (SecurityTables.SystemUserRoles, PlatformTables.SystemUser, SecurityTables.SystemUserId, SecurityTables.Role, SecurityTables.RoleId),
            [SecurityTables.TeamRolesAssociation] = (SecurityTables.TeamRoles, PlatformTables.Team, SecurityTables.TeamId, SecurityTables.Role, SecurityTables.RoleId),
            [SecurityTables.TeamMembershipAssociation] = (SecurityTables.TeamMembership, PlatformTables.Team, SecurityTables.TeamId, PlatformTables.SystemUser, SecurityTables.SystemUserId),
        };

    /// <summary>True for a relationship this class handles.</summary>
    public static bool Handles(string relationship) => Relationships.ContainsKey(relationship);

    /// <summary>Adds or removes the intersect rows linking <paramref name="target"/> and each of <paramref name="related"/>.</summary>
    /// <exception cref="OrganizationFaultException">Wrong tables, a missing link on Disassociate, or a privilege the caller lacks.</exception>
    public static void Apply(MessageOperation operation, EntityReference target, Relationship relationship, EntityReferenceCollection related, bool associate)
    {
        var (intersect, leftTable, leftColumn, rightTable, rightColumn) = Relationships[relationship.SchemaName];
        var organization = operation.Organization;
        foreach (var other in related)
        {
            var (left, right) = target.LogicalName == leftTable && other.LogicalName == rightTable ? (target, other)
                : target.LogicalName == rightTable && other.LogicalName == leftTable ? (other, target)
                : throw new OrganizationFaultException(
                    ErrorCodes.InvalidArgument,
                    "Relationship '" + relationship.SchemaName + "' links " + leftTable + " and " + rightTable + ", not " + target.LogicalName + " and " + other.LogicalName + ".");
            Authorize(operation, left, right, rightTable == SecurityTables.Role && associate);
            var existing = organization.Store.Rows(intersect)
                .FirstOrDefault(row => row.GetAttributeValue<EntityReference>(leftColumn)?.Id == left.Id && row.GetAttributeValue<EntityReference>(rightColumn)?.Id == right.Id);
            if (associate && existing is null)
            {
                var row = new Entity(intersect) { [leftColumn] = new EntityReference(leftTable, left.Id), [rightColumn] = new EntityReference(rightTable, right.Id) };
                organization.Writer.Create(organization.Metadata.Schema(intersect), row, Guid.NewGuid(), operation.UserId, keepPlatformColumns: false);
            }
            else if (!associate && existing is not null)
            {
                organization.Store.Remove(intersect, existing.Id);
            }
            else if (!associate)
            {
                throw new OrganizationFaultException(
                    ErrorCodes.InvalidArgument,
                    left.LogicalName + " " + left.Id.ToString("D") + " is not associated with " + right.LogicalName + " " + right.Id.ToString("D") + " through " + relationship.SchemaName + ".");
            }
        }
    }

    private static void Authorize(MessageOperation operation, EntityReference principal, EntityReference other, bool givesRole)
    {
        var organization = operation.Organization;
        if (organization.Authorization.PrivilegesOf(operation.Caller) is not { } privileges)
        {
            return;
        }

        var principalRow = organization.Store.Find(principal.LogicalName, principal.Id) ?? throw ValidationMissing(principal);
        var otherRow = organization.Store.Find(other.LogicalName, other.Id) ?? throw ValidationMissing(other);
        organization.Access.Require(privileges, PrivilegeAction.Write, organization.Metadata.Schema(principal.LogicalName), principalRow);
        organization.Access.Require(privileges, PrivilegeAction.AppendTo, organization.Metadata.Schema(other.LogicalName), otherRow);
        if (!givesRole || privileges.IsSystemAdministrator)
        {
            return;
        }

        var granted = organization.Security.GrantsOf(other.Id);
        if (granted.FirstOrDefault(grant => privileges.DepthOf(grant.Key) < grant.Value) is { Key: not null } beyond)
        {
            throw new OrganizationFaultException(
                ErrorCodes.PrivilegeDenied,
                "Principal user (Id=" + privileges.UserId.ToString("D") + ", type=8) cannot give role " + other.Id.ToString("D") + ": it grants " + beyond.Key + " at "
                + beyond.Value + " depth, more than the user holds (" + privileges.DepthOf(beyond.Key) + ").");
        }
    }

    private static OrganizationFaultException ValidationMissing(EntityReference reference) => new(
        ErrorCodes.ObjectDoesNotExist, reference.LogicalName + " With Id = " + reference.Id.ToString("D") + " Does Not Exist");
}
