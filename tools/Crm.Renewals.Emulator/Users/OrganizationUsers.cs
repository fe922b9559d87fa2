using System;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Users;

/// <summary>
/// Creates the people of a scenario (business units, users, teams) directly in the store, without running
/// plugins, so tests can act as real users with <see cref="OrganizationEmulator.ServiceFor(EntityReference)"/>.
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

    /// <summary>Creates a user.</summary>
    /// <param name="fullName">"First Last"; the last word is the last name.</param>
    /// <param name="businessUnit">The user's business unit (default: the root business unit).</param>
    /// <param name="systemAdministrator">
    /// True (the default) gives the user the System Administrator role, for tests that do not care about security;
    /// false creates a user with no role, to be given real roles with <see cref="OrganizationSecurity.AssignRole"/>.
    /// </param>
    /// <returns>A reference to the user, named.</returns>
    public EntityReference CreateUser(string fullName, EntityReference? businessUnit = null, bool systemAdministrator = true)
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

        return Reference(user, fullName.Trim());
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
