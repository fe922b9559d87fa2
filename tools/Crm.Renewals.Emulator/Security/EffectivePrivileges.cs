using System;
using System.Collections.Generic;
using System.Linq;

namespace Crm.Renewals.Emulator.Security;

/// <summary>
/// What one principal may do: the union of the privileges of their own roles and of their teams' roles, each at the
/// deepest depth any of them grants, with the business unit and teams that ownership is compared with.
/// </summary>
internal sealed class EffectivePrivileges
{
    private readonly IReadOnlyDictionary<string, PrivilegeDepth> depths;

    public EffectivePrivileges(
        Guid userId, Guid businessUnitId, IReadOnlySet<Guid> teams, IReadOnlyDictionary<string, PrivilegeDepth> depths, IReadOnlySet<string> direct, bool isSystemAdministrator, int roleCount)
    {
        UserId = userId;
        BusinessUnitId = businessUnitId;
        Teams = teams;
        this.depths = depths;
        Direct = direct;
        IsSystemAdministrator = isSystemAdministrator;
        RoleCount = roleCount;
    }

    /// <summary>The user whose rows count as "own" (Basic depth).</summary>
    public Guid UserId { get; }

    /// <summary>The user's business unit (Local and Deep depth).</summary>
    public Guid BusinessUnitId { get; }

    /// <summary>The teams the user is a member of: their rows count as the user's own.</summary>
    public IReadOnlySet<Guid> Teams { get; }

    /// <summary>Privileges granted by the user's own roles (not through a team): what impersonation requires.</summary>
    public IReadOnlySet<string> Direct { get; }

    /// <summary>True when a role of the user is System Administrator.</summary>
    public bool IsSystemAdministrator { get; }

    /// <summary>How many roles count (own and teams'), for messages.</summary>
    public int RoleCount { get; }

    /// <summary>How many privileges the roles grant, for messages.</summary>
    public int PrivilegeCount => depths.Count;

    /// <summary>The depth at which the privilege is held.</summary>
    /// <param name="privilege">Privilege name.</param>
    /// <returns>None when not held; Global for a System Administrator.</returns>
    public PrivilegeDepth DepthOf(string privilege) =>
        IsSystemAdministrator ? PrivilegeDepth.Global : depths.TryGetValue(privilege, out var depth) ? depth : PrivilegeDepth.None;

    /// <summary>
    /// The privileges a call made by <paramref name="impersonator"/> on behalf of this user runs with: only what both
    /// hold, each at the shallower depth, judged against this user's ownership (Dataverse's rule for CallerId).
    /// </summary>
    /// <param name="impersonator">The calling user.</param>
    /// <returns>The intersection.</returns>
    public EffectivePrivileges IntersectWith(EffectivePrivileges impersonator)
    {
        if (impersonator.IsSystemAdministrator)
        {
            return this;
        }

        var names = IsSystemAdministrator ? impersonator.depths.Keys : depths.Keys.Intersect(impersonator.depths.Keys);
        var both = names.ToDictionary(name => name, name => (PrivilegeDepth)Math.Min((int)DepthOf(name), (int)impersonator.DepthOf(name)), StringComparer.Ordinal);
        return new EffectivePrivileges(UserId, BusinessUnitId, Teams, both, Direct, isSystemAdministrator: false, RoleCount);
    }
}
