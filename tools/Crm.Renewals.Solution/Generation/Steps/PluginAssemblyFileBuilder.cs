using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Generation.Registrations;

namespace Crm.Renewals.Solution.Generation.Steps;

/// <summary>
/// Builds <c>PluginAssemblies/&lt;Stem&gt;-&lt;GUID&gt;/&lt;Stem&gt;.dll.data.xml</c> in the shape of a real export,
/// and names the folder and dll the packed zip holds. The stem is the assembly name without its dots, as
/// SolutionPackager and real exports write it (<c>Dev.DevKit.PluginAccount</c> → <c>DevDevKitPluginAccount</c>).
/// </summary>
public static class PluginAssemblyFileBuilder
{
    /// <summary>2 = sandbox, the only isolation mode Dataverse online accepts.</summary>
    private const int SandboxIsolation = 2;

    /// <summary>0 = the assembly is stored in the database.</summary>
    private const int DatabaseSource = 0;

    /// <summary>The customization level exports write for a solution's own assembly.</summary>
    private const int CustomizationLevel = 1;

    private const string FolderName = "PluginAssemblies";
    private const string DllExtension = ".dll";
    private const string DataSuffix = ".data.xml";

    /// <summary>The assembly name as folder and file names write it: without dots.</summary>
    /// <param name="assemblyName">Simple assembly name.</param>
    /// <returns>E.g. <c>CrmRenewalsPlugins</c>.</returns>
    public static string Stem(string assemblyName) => (assemblyName ?? throw new ArgumentNullException(nameof(assemblyName))).Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>Folder of the assembly, relative to the solution folder: <c>PluginAssemblies/Stem-GUID</c>.</summary>
    /// <param name="assemblyName">Simple assembly name.</param>
    /// <param name="assemblyId">Plugin assembly id.</param>
    /// <returns>The folder path with forward slashes.</returns>
    public static string Folder(string assemblyName, Guid assemblyId) =>
        FolderName + "/" + Stem(assemblyName) + "-" + assemblyId.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();

    /// <summary>Path of the data file relative to the solution folder.</summary>
    /// <param name="assemblyName">Simple assembly name.</param>
    /// <param name="assemblyId">Plugin assembly id.</param>
    /// <returns>E.g. <c>PluginAssemblies/CrmRenewalsPlugins-5F3A…/CrmRenewalsPlugins.dll.data.xml</c>.</returns>
    public static string DataFile(string assemblyName, Guid assemblyId) => DllPath(assemblyName, assemblyId) + DataSuffix;

    /// <summary>Path of the dll relative to the solution folder (and inside the zip).</summary>
    /// <param name="assemblyName">Simple assembly name.</param>
    /// <param name="assemblyId">Plugin assembly id.</param>
    /// <returns>E.g. <c>PluginAssemblies/CrmRenewalsPlugins-5F3A…/CrmRenewalsPlugins.dll</c>.</returns>
    public static string DllPath(string assemblyName, Guid assemblyId) => Folder(assemblyName, assemblyId) + "/" + Stem(assemblyName) + DllExtension;

    /// <summary>Builds the data file's root element.</summary>
    /// <param name="assembly">Identity of the plugin assembly.</param>
    /// <param name="assemblyId">Plugin assembly id.</param>
    /// <param name="pluginTypes">The declared plugin types.</param>
    /// <param name="introducedVersion">Solution version the component was introduced in.</param>
    /// <returns>The <c>PluginAssembly</c> element.</returns>
    public static XElement Build(AssemblyIdentity assembly, Guid assemblyId, IEnumerable<PluginTypeDeclaration> pluginTypes, string introducedVersion)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new XElement(
            "PluginAssembly",
            new XAttribute("FullName", assembly.FullName),
            new XAttribute("PluginAssemblyId", StepFileBuilder.Plain(assemblyId)),
            new XAttribute("CustomizationLevel", CustomizationLevel.ToString(CultureInfo.InvariantCulture)),
            GeneratedXml.XsiDeclaration(),
            new XElement("IsolationMode", SandboxIsolation.ToString(CultureInfo.InvariantCulture)),
            new XElement("SourceType", DatabaseSource.ToString(CultureInfo.InvariantCulture)),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("FileName", "/" + DllPath(assembly.Name, assemblyId)),
            new XElement("PluginTypes", pluginTypes.OrderBy(t => t.FullName, StringComparer.Ordinal).Select(t => new XElement(
                "PluginType",
                new XAttribute("AssemblyQualifiedName", assembly.QualifiedTypeName(t.FullName)),
                new XAttribute("PluginTypeId", StepFileBuilder.Plain(t.Id)),
                new XAttribute("Name", t.FullName),
                new XElement("FriendlyName", t.FullName)))));
    }
}
