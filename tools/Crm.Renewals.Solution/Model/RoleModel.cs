using System;
using System.Collections.Generic;

namespace Crm.Renewals.Solution.Model;

/// <summary>A security role of the solution, as <c>Roles/&lt;Role Name&gt;.xml</c> writes it.</summary>
/// <param name="Id">The role id (<c>&lt;Role id&gt;</c>).</param>
/// <param name="Name">The role name.</param>
/// <param name="Privileges">Its privileges: name (e.g. <c>prvReadcrr_SavePlan</c>) and level (Basic, Local, Deep, Global).</param>
public sealed record RoleModel(Guid Id, string Name, IReadOnlyList<RolePrivilegeModel> Privileges);
