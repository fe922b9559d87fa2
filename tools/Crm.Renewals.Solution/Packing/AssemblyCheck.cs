using System;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Crm.Renewals.Solution.Reading;
using Crm.Renewals.Solution.Validation;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// Refuses to pack a dll that is not the assembly the solution files describe: another name, version or
/// key, a plugin type it does not define as a runnable <c>IPlugin</c>, or (for the pack command) a build
/// for another framework than the one Dataverse runs.
/// </summary>
internal static class AssemblyCheck
{
    public static void Check(XmlSource data, XElement assembly, string dllPath, string dllDisplay, string? requiredFramework)
    {
        PluginAssemblyInfo built = PluginAssemblyInspector.Inspect(dllPath, dllDisplay);
        var declared = new AssemblyName(data.Attribute(assembly, "FullName", "<PluginAssembly>"));
        string declaredToken = Convert.ToHexStringLower(declared.GetPublicKeyToken() ?? []);
        if (built.Name != declared.Name || built.Version != declared.Version || built.PublicKeyToken != declaredToken)
        {
            throw new SolutionFormatException(
                dllDisplay,
                $"is {built.Name} {built.Version} with key token '{built.PublicKeyToken}', but {data.DisplayPath} declares {declared.FullName}; run tools/renewals solution generate or pass the right --assembly");
        }

        if (requiredFramework is not null && built.TargetFramework != requiredFramework)
        {
            throw new SolutionFormatException(dllDisplay, $"targets '{built.TargetFramework}'; Dataverse runs {requiredFramework} plug-ins (build it with -c Release -f net462)");
        }

        foreach (XElement type in assembly.Element("PluginTypes")?.Elements("PluginType") ?? [])
        {
            string name = data.Attribute(type, "Name", "<PluginType>");
            if (!built.PluginTypes.Contains(name))
            {
                string why = built.Types.Contains(name) ? "is not a public, concrete class implementing Microsoft.Xrm.Sdk.IPlugin" : "is not defined";
                throw new SolutionFormatException(dllDisplay, $"plugin type {name}, which {data.DisplayPath} registers, {why} in the assembly");
            }
        }
    }
}
