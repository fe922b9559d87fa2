using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// Checks that the manifest's root components and the components being packed are the same set, type by
/// type: a root component without its files would fail at import, files without a root component would
/// be left out of the solution. Environment variables have no row: real exports list them only as
/// <c>environmentvariabledefinitions/</c> folders, which are copied as they are.
/// </summary>
internal static class ManifestConsistency
{
    private const int Table = 1;
    private const int Role = 20;
    private const int OptionSet = 9;
    private const int WebResource = 61;
    private const int PluginAssembly = 91;
    private const int Step = 92;
    private const int SiteMap = 62;
    private const int Dashboard = 60;
    private const int Workflow = 29;
    private const int AppModule = 80;

    public static void Check(SourceFolder source, IReadOnlyList<RootComponent> rows, PackedComponents found)
    {
        string manifest = source.Display(ManifestPart.SourceFile);
        int[] supported = [Table, OptionSet, Role, Workflow, Dashboard, WebResource, SiteMap, AppModule, PluginAssembly, Step];
        if (rows.FirstOrDefault(r => !supported.Contains(r.Type)) is RootComponent unknown)
        {
            throw new SolutionFormatException(manifest, $"has a <RootComponent type=\"{unknown.Type}\">, a component type the packer does not pack (supported: {string.Join(", ", supported)})");
        }

        Compare(manifest, "table", Table, Names(rows, Table), found.Tables, "Entities/<Schema>/Entity.xml");
        Compare(manifest, "global choice", OptionSet, Names(rows, OptionSet), found.OptionSets, "OptionSets/<name>.xml");
        Compare(manifest, "web resource", WebResource, Names(rows, WebResource), found.WebResources, "WebResources/<name>.data.xml");
        Compare(manifest, "security role", Role, Ids(rows, Role), Format(found.Roles), "Roles/<Role Name>.xml");
        Compare(manifest, "cloud flow", Workflow, Ids(rows, Workflow), Format(found.Workflows), "Workflows/<Name>-<ID>.json.data.xml");
        Compare(manifest, "dashboard", Dashboard, Ids(rows, Dashboard), Format(found.Dashboards), "Dashboards/{id}.xml");
        Compare(manifest, "site map", SiteMap, Names(rows, SiteMap), found.SiteMaps, "AppModuleSiteMaps/<name>/AppModuleSiteMap.xml");
        Compare(manifest, "model-driven app", AppModule, Names(rows, AppModule), found.AppModules, "AppModules/<name>/AppModule.xml");
        Compare(manifest, "plug-in assembly", PluginAssembly, Ids(rows, PluginAssembly), Format(found.PluginAssemblies), "PluginAssemblies/<Name>-<GUID>/<Name>.dll.data.xml");
        Compare(manifest, "step", Step, Ids(rows, Step), Format(found.Steps), "SdkMessageProcessingSteps/{id}.xml");
    }

    private static IEnumerable<string> Names(IReadOnlyList<RootComponent> rows, int type) =>
        rows.Where(r => r.Type == type).Select(r => r.SchemaName ?? string.Empty);

    private static IEnumerable<string> Ids(IReadOnlyList<RootComponent> rows, int type) =>
        rows.Where(r => r.Type == type).Select(r => r.Id is Guid id ? id.ToString("D", CultureInfo.InvariantCulture) : string.Empty);

    private static IEnumerable<string> Format(IEnumerable<Guid> ids) => ids.Select(id => id.ToString("D", CultureInfo.InvariantCulture));

    private static void Compare(string manifest, string what, int type, IEnumerable<string> listed, IEnumerable<string> packed, string where)
    {
        var listedSet = listed.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var packedSet = packed.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (listedSet.Except(packedSet, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).FirstOrDefault() is string missing)
        {
            throw new SolutionFormatException(manifest, $"<RootComponent type=\"{type}\"> names {what} '{missing}', which has no {where}");
        }

        if (packedSet.Except(listedSet, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).FirstOrDefault() is string extra)
        {
            throw new SolutionFormatException(manifest, $"<RootComponents> does not list {what} '{extra}' (type {type}), which {where} defines; add the row or remove the files");
        }
    }
}
