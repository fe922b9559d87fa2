namespace Crm.Renewals.Emulator.Security;

/// <summary>One privilege of a role, at a depth, as a role file's <c>&lt;RolePrivilege name level /&gt;</c> writes it.</summary>
/// <param name="Privilege">The privilege name, e.g. <c>prvReadcrr_SavePlan</c>.</param>
/// <param name="Depth">How far it reaches.</param>
public sealed record RoleGrant(string Privilege, PrivilegeDepth Depth)
{
    /// <summary>A table privilege.</summary>
    /// <param name="action">The action.</param>
    /// <param name="schemaName">The table's schema name, e.g. <c>crr_SavePlan</c>.</param>
    /// <param name="depth">How far it reaches.</param>
    /// <returns>The grant.</returns>
    public static RoleGrant On(PrivilegeAction action, string schemaName, PrivilegeDepth depth) => new(PrivilegeNames.For(action, schemaName), depth);
}
