using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Security;

/// <summary>
/// Reads each principal's privileges from the rows of the security tables (roles given to users and teams through
/// their intersect tables, team membership, role privileges) and caches them until one of those tables changes.
/// </summary>
internal sealed class SecurityModel
{
    private readonly RecordStore store;
    private readonly Dictionary<Guid, EffectivePrivileges> cache = [];
    private int cachedVersion = -1;

    public SecurityModel(RecordStore store) => this.store = store;

    /// <summary>The privileges of <paramref name="userId"/> as the stored rows say now.</summary>
    public EffectivePrivileges Of(Guid userId)
    {
        // A transaction that changed roles or memberships sees its own changes, which no other caller may share.
        if (store.HasPendingSecurityChanges)
        {
            return Compute(userId);
        }

        var version = store.SecurityVersion;
        lock (cache)
        {
            if (cachedVersion != version)
            {
                cache.Clear();
                cachedVersion = version;
            }

            if (cache.TryGetValue(userId, out var cached))
            {
                return cached;
            }
        }

        var privileges = Compute(userId);
        lock (cache)
        {
            if (cachedVersion == version)
            {
                cache[userId] = privileges;
            }
        }

        return privileges;
    }

    /// <summary>What one role grants: privilege name → depth (System Administrator: every privilege of the metadata, Global).</summary>
    public IReadOnlyDictionary<string, PrivilegeDepth> GrantsOf(Guid roleId) => Grants(new[] { roleId });

    /// <summary>The business unit of a row: its owning business unit, a user's or team's unit, or the unit itself.</summary>
    public Guid? BusinessUnitOf(Entity row) =>
        (row.GetAttributeValue<EntityReference>(SystemColumns.OwningBusinessUnit) ?? row.GetAttributeValue<EntityReference>(SecurityTables.BusinessUnitId))?.Id
        ?? (row.LogicalName == "businessunit" ? row.Id : null);

    /// <summary>True when <paramref name="unit"/> is <paramref name="root"/> or lies below it.</summary>
    public bool IsWithin(Guid unit, Guid root)
    {
        for (Guid? current = unit; current is Guid id; current = store.Find("businessunit", id)?.GetAttributeValue<EntityReference>(SecurityTables.ParentBusinessUnitId)?.Id)
        {
            if (id == root)
            {
                return true;
            }
        }

        return false;
    }

    private EffectivePrivileges Compute(Guid userId)
    {
        var unit = store.Find("systemuser", userId)?.GetAttributeValue<EntityReference>(SecurityTables.BusinessUnitId)?.Id ?? Guid.Empty;
        var ownRoles = Linked(SecurityTables.SystemUserRoles, SecurityTables.SystemUserId, userId, SecurityTables.RoleId).ToHashSet();
        var teams = Linked(SecurityTables.TeamMembership, SecurityTables.SystemUserId, userId, SecurityTables.TeamId).ToHashSet();
        var teamRoles = store.Rows(SecurityTables.TeamRoles)
            .Where(row => row.GetAttributeValue<EntityReference>(SecurityTables.TeamId) is { } team && teams.Contains(team.Id))
            .Select(row => row.GetAttributeValue<EntityReference>(SecurityTables.RoleId)?.Id ?? Guid.Empty)
            .ToHashSet();
        var direct = Grants(ownRoles);
        var all = Grants(ownRoles.Concat(teamRoles));
        return new EffectivePrivileges(
            userId,
            unit,
            teams,
            all,
            direct.Keys.ToHashSet(StringComparer.Ordinal),
            ownRoles.Contains(PlatformRoles.SystemAdministratorId) || teamRoles.Contains(PlatformRoles.SystemAdministratorId),
            ownRoles.Count + teamRoles.Count);
    }

    private IEnumerable<Guid> Linked(string intersect, string column, Guid id, string other) =>
        store.Rows(intersect)
            .Where(row => row.GetAttributeValue<EntityReference>(column)?.Id == id)
            .Select(row => row.GetAttributeValue<EntityReference>(other)?.Id ?? Guid.Empty);

    private Dictionary<string, PrivilegeDepth> Grants(IEnumerable<Guid> roles)
    {
        var roleSet = roles.ToHashSet();
        var depths = new Dictionary<string, PrivilegeDepth>(StringComparer.Ordinal);
        foreach (var row in store.Rows(SecurityTables.RolePrivileges))
        {
            if (row.GetAttributeValue<EntityReference>(SecurityTables.RoleId) is not { } role || !roleSet.Contains(role.Id)
                || row.GetAttributeValue<EntityReference>(SecurityTables.PrivilegeId) is not { } privilege
                || store.Find(SecurityTables.Privilege, privilege.Id)?.GetAttributeValue<string>(SecurityTables.Name) is not { } name)
            {
                continue;
            }

            var depth = Deepest(row.GetAttributeValue<int>(SecurityTables.PrivilegeDepthMask));
            if (!depths.TryGetValue(name, out var held) || depth > held)
            {
                depths[name] = depth;
            }
        }

        return depths;
    }

    // A mask may hold several bits (an export writes one); the deepest counts.
    private static PrivilegeDepth Deepest(int mask) =>
        (mask & (int)PrivilegeDepth.Global) != 0 ? PrivilegeDepth.Global
        : (mask & (int)PrivilegeDepth.Deep) != 0 ? PrivilegeDepth.Deep
        : (mask & (int)PrivilegeDepth.Local) != 0 ? PrivilegeDepth.Local
        : (mask & (int)PrivilegeDepth.Basic) != 0 ? PrivilegeDepth.Basic
        : PrivilegeDepth.None;
}
