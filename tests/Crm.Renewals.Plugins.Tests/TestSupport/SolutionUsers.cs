using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.TestSupport;

/// <summary>Users who hold one of the solution's roles (and Basic User, as every licensed user), not System Administrator.</summary>
internal static class SolutionUsers
{
    /// <summary>Creates a user with Basic User and the solution role <paramref name="role"/>.</summary>
    /// <param name="organization">An organization of the repository's solution.</param>
    /// <param name="name">"First Last".</param>
    /// <param name="role">The role's name, e.g. "Renewals CSM".</param>
    /// <returns>The user.</returns>
    public static EntityReference Create(OrganizationEmulator organization, string name, string role)
    {
        var user = organization.Users.CreateUser(name, systemAdministrator: false);
        organization.Security.AssignRole(user, organization.Security.BasicUser);
        organization.Security.AssignRole(user, Role(organization, role));
        return user;
    }

    /// <summary>The solution role named <paramref name="name"/>.</summary>
    public static EntityReference Role(OrganizationEmulator organization, string name) =>
        Assert.Single(organization.Rows(SecurityTables.Role), row => (string)row[SecurityTables.Name] == name).ToEntityReference();
}
