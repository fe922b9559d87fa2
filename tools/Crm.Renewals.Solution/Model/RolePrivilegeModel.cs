namespace Crm.Renewals.Solution.Model;

/// <summary>One <c>&lt;RolePrivilege name level /&gt;</c> of a role file.</summary>
/// <param name="Name">The privilege name, e.g. <c>prvReadcrr_SavePlan</c>.</param>
/// <param name="Level">Basic, Local, Deep or Global.</param>
public sealed record RolePrivilegeModel(string Name, string Level);
