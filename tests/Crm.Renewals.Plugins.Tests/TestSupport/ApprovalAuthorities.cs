using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.TestSupport;

/// <summary>
/// Gives the users of a test an approval authority (a <c>crr_approvalauthority</c> row), seeded directly so no
/// plugin judges the grant itself. The product's table lives here, not in the emulator, which knows only the platform.
/// </summary>
internal static class ApprovalAuthorities
{
    /// <summary>Seeds an authority row.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="user">The user.</param>
    /// <param name="level">The level.</param>
    /// <param name="validFrom">First day; default today.</param>
    /// <param name="validTo">Last day, or null for open-ended.</param>
    /// <param name="isActive">False for a switched-off row.</param>
    /// <returns>A reference to the row.</returns>
    public static EntityReference Grant(OrganizationEmulator organization, EntityReference user, AuthorityLevel level, DateTime? validFrom = null, DateTime? validTo = null, bool isActive = true)
    {
        var row = new Entity(ApprovalAuthority.EntityLogicalName, Guid.NewGuid())
        {
            [ApprovalAuthority.Name] = user.Name + " - " + AuthorityLevels.DisplayName(level),
            [ApprovalAuthority.User] = new EntityReference(user.LogicalName, user.Id),
            [ApprovalAuthority.Level] = ConcessionOptions.ToOptionSetValue(level),
            [ApprovalAuthority.IsActive] = isActive,
            [ApprovalAuthority.ValidFrom] = validFrom ?? organization.Clock.Today,
            [ApprovalAuthority.ValidTo] = validTo,
        };
        organization.Seed(row);
        return new EntityReference(row.LogicalName, row.Id);
    }
}
