using System;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Users;

/// <summary>
/// Security roles of a scenario: defining a role (its row and its privileges, as an imported role file would) and
/// giving roles and team memberships through the platform's own Associate requests, as an administrator does.
/// </summary>
public sealed class OrganizationSecurity
{
    private readonly OrganizationEmulator organization;

    internal OrganizationSecurity(OrganizationEmulator organization) => this.organization = organization;

    /// <summary>The platform's System Administrator role (every privilege, Global).</summary>
    public EntityReference SystemAdministrator => new(SecurityTables.Role, PlatformRoles.SystemAdministratorId) { Name = PlatformRoles.SystemAdministratorName };

    /// <summary>The platform's Basic User role (reads users, teams, business units, roles, currencies, environment variables).</summary>
    public EntityReference BasicUser => new(SecurityTables.Role, PlatformRoles.BasicUserId) { Name = PlatformRoles.BasicUserName };

    /// <summary>Defines a role in the root business unit with <paramref name="grants"/> (stored directly, as a solution import does).</summary>
    /// <param name="name">The role's name.</param>
    /// <param name="grants">Its privileges.</param>
    /// <returns>A reference to the role.</returns>
    /// <exception cref="ArgumentException">A privilege the organization does not have (a typo in a table name).</exception>
    public EntityReference CreateRole(string name, params RoleGrant[] grants)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(grants);
        var known = SecurityBaseline.PrivilegeNamesOf(organization.Metadata).ToHashSet(StringComparer.Ordinal);
        if (grants.FirstOrDefault(grant => !known.Contains(grant.Privilege)) is { } unknown)
        {
            throw new ArgumentException("Privilege " + unknown.Privilege + " does not exist here: it is prv + Create/Read/Write/Delete/Append/AppendTo/Assign/Share + a table's schema name.", nameof(grants));
        }

        var role = SecurityBaseline.Role(Guid.NewGuid(), name, organization.RootBusinessUnit);
        organization.Seed(role);
        organization.Seed(grants.Select(grant => SecurityBaseline.Grant(role.Id, grant.Privilege, grant.Depth)).ToArray());
        return new EntityReference(SecurityTables.Role, role.Id) { Name = name };
    }

    /// <summary>Gives <paramref name="role"/> to a user or a team: Associate on <c>systemuserroles_association</c> or <c>teamroles_association</c>.</summary>
    /// <param name="principal">A systemuser or team.</param>
    /// <param name="role">The role.</param>
    /// <param name="asUser">Who gives it (default: the organization's administrator).</param>
    public void AssignRole(EntityReference principal, EntityReference role, EntityReference? asUser = null)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var relationship = principal.LogicalName == PlatformTables.Team ? SecurityTables.TeamRolesAssociation : SecurityTables.SystemUserRolesAssociation;
        Associate(principal, relationship, role, asUser);
    }

    /// <summary>Makes <paramref name="user"/> a member of <paramref name="team"/>: Associate on <c>teammembership_association</c>.</summary>
    /// <param name="team">The team.</param>
    /// <param name="user">The user.</param>
    public void AddMember(EntityReference team, EntityReference user) => Associate(team, SecurityTables.TeamMembershipAssociation, user, null);

    private void Associate(EntityReference target, string relationship, EntityReference related, EntityReference? asUser) =>
        (asUser is null ? organization.Service : organization.ServiceFor(asUser)).Execute(new AssociateRequest
        {
            Target = new EntityReference(target.LogicalName, target.Id),
            Relationship = new Relationship(relationship),
            RelatedEntities = new EntityReferenceCollection { new EntityReference(related.LogicalName, related.Id) },
        });
}
