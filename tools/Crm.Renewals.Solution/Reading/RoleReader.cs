using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// Reads <c>Roles/*.xml</c> in the shape real exports write (<c>&lt;Role id name&gt;&lt;RolePrivileges&gt;&lt;RolePrivilege
/// name level /&gt;</c>); a missing folder means the solution has no roles.
/// </summary>
internal static class RoleReader
{
    private static readonly string[] Levels = ["Basic", "Local", "Deep", "Global"];

    public static List<RoleModel> Read(string srcFolder, DisplayPaths paths)
    {
        string folder = Path.Combine(srcFolder, SolutionLayout.RolesFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var roles = new List<RoleModel>();
        foreach (string file in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            XmlSource source = XmlSource.Load(file, paths);
            XElement root = source.Root("Role");
            string name = source.Attribute(root, "name", "<Role>");
            var privileges = new List<RolePrivilegeModel>();
            foreach (XElement privilege in root.Element("RolePrivileges")?.Elements("RolePrivilege") ?? [])
            {
                string level = source.Attribute(privilege, "level", "<RolePrivilege>");
                if (!Levels.Contains(level, StringComparer.Ordinal))
                {
                    throw source.Error(privilege, $"role {name} has level=\"{level}\"; a privilege's level is Basic, Local, Deep or Global");
                }

                privileges.Add(new RolePrivilegeModel(source.Attribute(privilege, "name", "<RolePrivilege>"), level));
            }

            string id = source.Attribute(root, "id", "<Role>");
            roles.Add(new RoleModel(
                Guid.TryParse(id, out Guid roleId) ? roleId : throw source.Error(root, $"role {name} has id=\"{id}\", which is not a GUID"),
                name,
                privileges));
        }

        return roles;
    }
}
