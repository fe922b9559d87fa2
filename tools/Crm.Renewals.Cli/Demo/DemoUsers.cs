using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>The people of the demo: CSMs who own the accounts, and one or more approvers at every authority level.</summary>
internal sealed class DemoUsers
{
    private const int CsmCount = 8;
    private const int ManagerCount = 2;
    private const int SalesRepCount = 2;

    private static readonly string[] FirstNames = ["Avery", "Blake", "Casey", "Dana", "Elliot", "Frankie", "Gale", "Harper", "Indy", "Jordan", "Kai", "Logan", "Morgan", "Noor", "Oakley", "Parker", "Quinn", "Riley"];
    private static readonly string[] LastNames = ["Adler", "Brandt", "Costa", "Dietrich", "Evans", "Fischer", "Garcia", "Hoffmann", "Ito", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi"];

    private DemoUsers(IReadOnlyList<EntityReference> csms, IReadOnlyList<(string Level, EntityReference User)> approvers, IReadOnlyList<EntityReference> salesReps, int count)
    {
        Csms = csms;
        Approvers = approvers;
        SalesReps = salesReps;
        Count = count;
    }

    /// <summary>The customer success managers, who own the accounts and contracts.</summary>
    public IReadOnlyList<EntityReference> Csms { get; }

    /// <summary>Every user with an approval authority, CSMs included, with the level's label.</summary>
    public IReadOnlyList<(string Level, EntityReference User)> Approvers { get; }

    /// <summary>Sales reps, who take over large and at-risk renewals; no approval authority.</summary>
    public IReadOnlyList<EntityReference> SalesReps { get; }

    /// <summary>Number of users created.</summary>
    public int Count { get; }

    public static DemoUsers Create(OrganizationEmulator organization)
    {
        var created = 0;
        string NextName() => NameAt(created++);

        var approvers = new List<(string, EntityReference)>();
        var csms = new List<EntityReference>();
        foreach (var level in Enum.GetValues<AuthorityLevel>())
        {
            var count = level == AuthorityLevel.Csm ? CsmCount : level == AuthorityLevel.Manager ? ManagerCount : 1;
            for (var index = 0; index < count; index++)
            {
                var user = organization.Users.CreateUser(NextName());
                Grant(organization, user, level);
                approvers.Add((AuthorityLevels.DisplayName(level), user));
                if (level == AuthorityLevel.Csm)
                {
                    csms.Add(user);
                }
            }
        }

        var salesReps = Enumerable.Range(0, SalesRepCount).Select(_ => organization.Users.CreateUser(NextName())).ToArray();
        return new DemoUsers(csms, approvers, salesReps, created);
    }

    /// <summary>
    /// A user as an admin sets one up for the solution alone: Basic User and the solution role <paramref name="role"/>, not
    /// System Administrator (the book's users are administrators, so loading it needs no platform roles).
    /// </summary>
    /// <returns>The user.</returns>
    public static EntityReference WithSolutionRole(OrganizationEmulator organization, string name, string role)
    {
        var user = organization.Users.CreateUser(name, systemAdministrator: false);
        organization.Security.AssignRole(user, organization.Security.BasicUser);
        organization.Security.AssignRole(user, organization.Rows(SecurityTables.Role).Single(row => (string)row[SecurityTables.Name] == role).ToEntityReference());
        return user;
    }

    /// <summary>Gives a user an authority as an administrator does: a row through the service, from today unless dated.</summary>
    /// <returns>The row's id.</returns>
    public static Guid Grant(OrganizationEmulator organization, EntityReference user, AuthorityLevel level, DateTime? validFrom = null, DateTime? validTo = null) =>
        organization.Service.Create(new Entity(ApprovalAuthority.EntityLogicalName)
        {
            [ApprovalAuthority.Name] = user.Name + " - " + AuthorityLevels.DisplayName(level) + (validTo is null ? string.Empty : " (delegated)"),
            [ApprovalAuthority.User] = new EntityReference(user.LogicalName, user.Id),
            [ApprovalAuthority.Level] = ConcessionOptions.ToOptionSetValue(level),
            [ApprovalAuthority.IsActive] = true,
            [ApprovalAuthority.ValidFrom] = validFrom ?? organization.Clock.Today,
            [ApprovalAuthority.ValidTo] = validTo,
        });

    // Distinct for the first 18 users, more than the demo creates.
    private static string NameAt(int index) => FirstNames[index % FirstNames.Length] + " " + LastNames[(index * 7) % LastNames.Length];
}
