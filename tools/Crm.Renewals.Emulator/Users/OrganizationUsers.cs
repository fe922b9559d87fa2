using System;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Users;

/// <summary>
/// Creates the people of a scenario (business units, users, teams, approval authorities) directly in the
/// store, without running plugins, so tests can act as the real approvers with <see cref="OrganizationEmulator.ServiceFor(EntityReference)"/>.
/// </summary>
public sealed class OrganizationUsers
{
    private const string DomainSuffix = "@emulator.local";
    private const string PrimaryName = "name";
    private const string ParentBusinessUnit = "parentbusinessunitid";
    private const string DomainName = "domainname";
    private const string AdministratorId = "administratorid";
    private const string TeamType = "teamtype";
    private const int OwnerTeam = 0;

    private readonly OrganizationEmulator organization;

    internal OrganizationUsers(OrganizationEmulator organization) => this.organization = organization;

    /// <summary>Creates a business unit under <paramref name="parent"/> (default: the root business unit).</summary>
    /// <param name="name">Its name.</param>
    /// <param name="parent">The parent business unit.</param>
    /// <returns>A reference to it.</returns>
    public EntityReference CreateBusinessUnit(string name, EntityReference? parent = null)
    {
        var unit = new Entity(PlatformTables.BusinessUnit, Guid.NewGuid())
        {
            [PrimaryName] = name,
            [ParentBusinessUnit] = parent ?? organization.RootBusinessUnit,
        };
        organization.Seed(unit);
        return Reference(unit, name);
    }

    /// <summary>Creates a user, optionally with an approval authority (a row of <see cref="ApprovalAuthorityColumns.Table"/>).</summary>
    /// <param name="fullName">"First Last"; the last word is the last name.</param>
    /// <param name="approvalAuthorityLevel">Option value of the solution's authority level choice, or null for none.</param>
    /// <param name="businessUnit">The user's business unit (default: the root business unit).</param>
    /// <param name="systemAdministrator">
    /// True (the default) gives the user the System Administrator role, for tests that do not care about security;
    /// false creates a user with no role, to be given real roles with <see cref="OrganizationSecurity.AssignRole"/>.
    /// </param>
    /// <returns>A reference to the user, named.</returns>
    /// <exception cref="InvalidOperationException">A level is given but the metadata has no approval authority table.</exception>
    public EntityReference CreateUser(string fullName, int? approvalAuthorityLevel = null, EntityReference? businessUnit = null, bool systemAdministrator = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        var parts = fullName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var user = new Entity(PlatformTables.SystemUser, Guid.NewGuid())
        {
            [SystemColumns.LastName] = parts[^1],
            [DomainName] = string.Concat(parts).ToLowerInvariant() + DomainSuffix,
            [SystemColumns.BusinessUnitId] = businessUnit ?? organization.RootBusinessUnit,
        };
        if (parts.Length > 1)
        {
            user[SystemColumns.FirstName] = string.Join(" ", parts[..^1]);
        }

        organization.Seed(user);
        if (systemAdministrator)
        {
            organization.Seed(SecurityBaseline.UserRole(user.Id, PlatformRoles.SystemAdministratorId));
        }

        var reference = Reference(user, fullName.Trim());
        if (approvalAuthorityLevel is { } level)
        {
            GrantApprovalAuthority(reference, level);
        }

        return reference;
    }

    /// <summary>Gives a user an active approval authority from today.</summary>
    /// <param name="user">The user.</param>
    /// <param name="level">Option value of the solution's authority level choice.</param>
    /// <returns>A reference to the approval authority row.</returns>
    /// <exception cref="InvalidOperationException">The metadata has no approval authority table.</exception>
    public EntityReference GrantApprovalAuthority(EntityReference user, int level)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!organization.Metadata.HasTable(ApprovalAuthorityColumns.Table))
        {
            throw new InvalidOperationException(
                "The metadata has no " + ApprovalAuthorityColumns.Table + " table, so users cannot be given an approval authority; create the organization from the solution.");
        }

        var table = organization.Metadata.GetTable(ApprovalAuthorityColumns.Table);
        var levelLabel = table.Columns.FirstOrDefault(column => column.LogicalName == ApprovalAuthorityColumns.Level)?.OptionSet?.Options
            .FirstOrDefault(option => option.Value == level)?.Label ?? level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var authority = new Entity(ApprovalAuthorityColumns.Table, Guid.NewGuid())
        {
            [ApprovalAuthorityColumns.Name] = user.Name + " - " + levelLabel,
            [ApprovalAuthorityColumns.User] = new EntityReference(user.LogicalName, user.Id),
            [ApprovalAuthorityColumns.Level] = new OptionSetValue(level),
            [ApprovalAuthorityColumns.IsActive] = true,
            [ApprovalAuthorityColumns.ValidFrom] = organization.Clock.Today,
        };
        organization.Seed(authority);
        return Reference(authority, (string)authority[ApprovalAuthorityColumns.Name]);
    }

    /// <summary>
    /// Sets a user's time zone (their personal setting): the date-relative query operators (today, last-x-days, on…)
    /// then mean days in that zone for their queries. Users are in UTC until this is called.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <param name="timeZone">The zone, e.g. <c>TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")</c>.</param>
    public void SetTimeZone(EntityReference user, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(timeZone);
        organization.SetUserTimeZone(user.Id, timeZone);
    }

    /// <summary>Creates an owner team in <paramref name="businessUnit"/> (default: the root business unit).</summary>
    /// <param name="name">Its name.</param>
    /// <param name="businessUnit">Its business unit.</param>
    /// <returns>A reference to it.</returns>
    public EntityReference CreateTeam(string name, EntityReference? businessUnit = null)
    {
        var team = new Entity(PlatformTables.Team, Guid.NewGuid())
        {
            [PrimaryName] = name,
            [SystemColumns.BusinessUnitId] = businessUnit ?? organization.RootBusinessUnit,
            [AdministratorId] = organization.DefaultUser,
            [TeamType] = new OptionSetValue(OwnerTeam),
        };
        organization.Seed(team);
        return Reference(team, name);
    }

    private static EntityReference Reference(Entity row, string name) => new(row.LogicalName, row.Id) { Name = name };
}
