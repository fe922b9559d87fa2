using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// The packed <c>customizations.xml</c>: the skeleton of <c>Other/Customizations.xml</c> with tables, relationships,
/// global choices, web resources, plug-in assemblies and steps inline, where an export has them.
/// </summary>
internal static class CustomizationsPart
{
    private const string SkeletonFile = "Other/Customizations.xml";
    private const string RelationshipIndex = "Other/Relationships.xml";
    private const string RelationshipFolder = "Other/Relationships";
    private const string OptionSetsFolder = "OptionSets";
    private const string WebResourcesFolder = "WebResources";
    private const string AssembliesFolder = "PluginAssemblies";
    private const string StepsFolder = "SdkMessageProcessingSteps";
    private const string DataSuffix = ".data.xml";
    private const string XmlPattern = "*.xml";
    private const string RolesFolder = "Roles";

    /// <summary>Folder of the cloud flows: <c>Workflows/&lt;Name&gt;-&lt;ID&gt;.json</c> with its <c>.json.data.xml</c>.</summary>
    public const string WorkflowsFolder = "Workflows";

    /// <summary>Folder of the system dashboards: <c>Dashboards/{form id}.xml</c>, each one <c>&lt;Dashboard&gt;</c>.</summary>
    public const string DashboardsFolder = "Dashboards";

    /// <summary>Folder of the model-driven apps: <c>AppModules/&lt;unique name&gt;/AppModule.xml</c>.</summary>
    public const string AppModulesFolder = "AppModules";

    /// <summary>Folder of the apps' site maps: <c>AppModuleSiteMaps/&lt;unique name&gt;/AppModuleSiteMap.xml</c>.</summary>
    public const string SiteMapsFolder = "AppModuleSiteMaps";

    public static XElement Build(SourceFolder source, PackageKind kind, PackRequest request, PackedComponents found)
    {
        XmlSource skeleton = source.Load(SkeletonFile);
        XElement root = new(skeleton.Root("ImportExportXml"));
        Fill(skeleton, root, "Entities", source.Folders(EntityPart.EntitiesFolder).Select(folder =>
        {
            (XElement entity, string logicalName) = EntityPart.Build(source, folder, kind);
            found.Tables.Add(logicalName);
            return entity;
        }).ToList());
        Fill(skeleton, root, "EntityRelationships", Relationships(source));
        Fill(skeleton, root, "optionsets", source.Files(OptionSetsFolder, XmlPattern, recursive: false).Select(file =>
        {
            XmlSource optionSet = source.Load(file);
            XElement element = optionSet.Root("optionset");
            found.OptionSets.Add(optionSet.Attribute(element, "Name", "<optionset>"));
            return PackedXml.Embeddable(element);
        }).ToList());
        // Dashboards/{id}.xml each hold one <Dashboard> (a system form of type 0) whose <FormId> is the file's name.
        List<XElement> dashboards = source.Files(DashboardsFolder, XmlPattern, recursive: false).Select(file =>
        {
            XmlSource dashboard = source.Load(file);
            XElement element = dashboard.Root("Dashboard");
            string formId = dashboard.Text(element, "FormId", "<Dashboard>");
            if (!Guid.TryParse(formId, out Guid id) || !string.Equals(Path.GetFileNameWithoutExtension(file), "{" + id.ToString("D", CultureInfo.InvariantCulture) + "}", StringComparison.OrdinalIgnoreCase))
            {
                throw dashboard.Error(element, $"has <FormId> {formId}; the file must be named after it, {{form id}}.xml");
            }

            found.Dashboards.Add(id);
            return PackedXml.Embeddable(element);
        }).ToList();
        if (dashboards.Count > 0)
        {
            Fill(skeleton, root, DashboardsFolder, dashboards);
        }

        MapFile map = request.MapFile is null ? MapFile.None(source.Root) : MapFile.Load(source, request.MapFile);
        List<XElement> webResources = WebResources(source, map, found);
        if (webResources.Count > 0 && root.Element("WebResources") is null)
        {
            skeleton.Child(root, "optionsets", "<ImportExportXml>").AddAfterSelf(new XElement("WebResources"));
        }

        if (webResources.Count > 0)
        {
            Fill(skeleton, root, "WebResources", webResources);
        }

        // Roles/<Role Name>.xml each hold one <Role>; the packed customizations carry them inline in <Roles>, as exports do.
        Fill(skeleton, root, "Roles", source.Files(RolesFolder, XmlPattern, recursive: false).Select(file =>
        {
            XmlSource role = source.Load(file);
            XElement element = role.Root("Role");
            found.Roles.Add(Guid.Parse(role.Attribute(element, "id", "<Role>")));
            return PackedXml.Embeddable(element);
        }).ToList());
        // Cloud flows: the data file's <Workflow> goes inline, its definition (JsonFileName) into the zip beside it.
        Fill(skeleton, root, WorkflowsFolder, source.Files(WorkflowsFolder, "*.json" + DataSuffix, recursive: false).Select(file =>
        {
            XmlSource data = source.Load(file);
            XElement workflow = data.Root("Workflow");
            found.Workflows.Add(Guid.Parse(data.Attribute(workflow, "WorkflowId", "<Workflow>")));
            string definition = file[..^DataSuffix.Length];
            string entry = data.Text(workflow, "JsonFileName", "<Workflow>").TrimStart('/');
            if (!string.Equals(entry, definition, StringComparison.Ordinal) || !source.Exists(definition))
            {
                throw data.Error(workflow.Element("JsonFileName"), $"<JsonFileName> /{entry} must name the flow's definition beside it, /{definition}, and that file must exist");
            }

            found.Binaries.Add(entry, source.Full(definition));
            return PackedXml.Embeddable(workflow);
        }).ToList());
        // Apps and site maps, one folder each, go inline into <AppModules> and <AppModuleSiteMaps>, as exports carry them.
        Fill(skeleton, root, SiteMapsFolder, Named(source, SiteMapsFolder, "AppModuleSiteMap.xml", "AppModuleSiteMap", "SiteMapUniqueName", found.SiteMaps));
        Fill(skeleton, root, AppModulesFolder, Named(source, AppModulesFolder, "AppModule.xml", "AppModule", "UniqueName", found.AppModules));
        Fill(skeleton, root, "SolutionPluginAssemblies", Assemblies(source, request, found));
        Fill(skeleton, root, "SdkMessageProcessingSteps", Steps(source, found));
        return root;
    }

    private static void Fill(XmlSource skeleton, XElement root, string container, IReadOnlyList<XElement> components) =>
        skeleton.Child(root, container, "<ImportExportXml>").ReplaceNodes(components);

    /// <summary>Relationships in the order of the index, each defined once in <c>Other/Relationships/*.xml</c>.</summary>
    private static List<XElement> Relationships(SourceFolder source)
    {
        var definitions = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (string file in source.Files(RelationshipFolder, XmlPattern, recursive: false))
        {
            XmlSource relationships = source.Load(file);
            foreach (XElement relationship in relationships.Root("EntityRelationships").Elements("EntityRelationship"))
            {
                string name = relationships.Attribute(relationship, "Name", "<EntityRelationship>");
                if (!definitions.TryAdd(name, PackedXml.Embeddable(relationship)))
                {
                    throw relationships.Error(relationship, $"relationship {name} is defined a second time");
                }
            }
        }

        if (!source.Exists(RelationshipIndex))
        {
            return definitions.Count == 0 ? [] : throw new SolutionFormatException(source.Display(RelationshipIndex), "the file is missing but Other/Relationships defines relationships");
        }

        XmlSource index = source.Load(RelationshipIndex);
        var ordered = new List<XElement>();
        foreach (XElement entry in index.Root("EntityRelationships").Elements("EntityRelationship"))
        {
            string name = index.Attribute(entry, "Name", "<EntityRelationship>");
            ordered.Add(definitions.Remove(name, out XElement? definition)
                ? definition
                : throw index.Error(entry, $"relationship {name} is not defined in any {RelationshipFolder}/*.xml"));
        }

        return definitions.Count == 0
            ? ordered
            : throw new SolutionFormatException(source.Display(RelationshipIndex), $"does not list relationship {definitions.Keys.Order(StringComparer.Ordinal).First()}, which {RelationshipFolder} defines");
    }

    // Each <folder>/<name>/<file> holds one component whose <nameElement> must be the folder's name.
    private static List<XElement> Named(SourceFolder source, string folder, string file, string rootElement, string nameElement, HashSet<string> names) =>
        source.Folders(folder).Select(component =>
        {
            XmlSource xml = source.Load(component + "/" + file);
            XElement element = xml.Root(rootElement);
            string name = xml.Text(element, nameElement, "<" + rootElement + ">");
            if (!string.Equals(name, Path.GetFileName(component), StringComparison.Ordinal))
            {
                throw xml.Error(element, $"names {nameElement} {name}; its folder must be named {name}");
            }

            names.Add(name);
            return PackedXml.Embeddable(element);
        }).ToList();

    private static List<XElement> WebResources(SourceFolder source, MapFile map, PackedComponents found) =>
        source.Files(WebResourcesFolder, "*" + DataSuffix, recursive: true).Select(file =>
        {
            XmlSource data = source.Load(file);
            XElement resource = data.Root("WebResource");
            found.WebResources.Add(data.Text(resource, "Name", "<WebResource>"));
            string content = file[..^DataSuffix.Length];
            string path = source.Exists(content) ? source.Full(content) : map.Resolve(content) ?? source.Full(content);
            if (!File.Exists(path))
            {
                throw new SolutionFormatException(
                    source.Display(path),
                    $"the content of web resource {data.Text(resource, "Name", "<WebResource>")} is missing (looked beside {Path.GetFileName(file)} and in the map file)"
                    + (path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) ? "; scripts are compiled from WebResources/src/*.ts by tools/setup" : string.Empty));
            }

            AddBinary(found, data, resource, path);
            return PackedXml.Embeddable(resource);
        }).ToList();

    private static List<XElement> Assemblies(SourceFolder source, PackRequest request, PackedComponents found) =>
        source.Files(AssembliesFolder, "*.dll" + DataSuffix, recursive: true).Select(file =>
        {
            XmlSource data = source.Load(file);
            XElement assembly = data.Root("PluginAssembly");
            found.PluginAssemblies.Add(Guid.Parse(data.Attribute(assembly, "PluginAssemblyId", "<PluginAssembly>")));
            string dll = request.AssemblyPath ?? throw data.Error(assembly, "the solution has a plug-in assembly but no built assembly was given to pack");
            AssemblyCheck.Check(data, assembly, dll, source.Display(Path.GetFullPath(dll)), request.RequiredTargetFramework);
            AddBinary(found, data, assembly, dll);
            return PackedXml.Embeddable(assembly);
        }).ToList();

    /// <summary>
    /// The steps. The generator writes no file for a step whose message id is not established, so a step file
    /// without <c>&lt;SdkMessageId&gt;</c> was written by hand or by an older generator: it is refused, naming the file.
    /// </summary>
    private static List<XElement> Steps(SourceFolder source, PackedComponents found) =>
        source.Files(StepsFolder, XmlPattern, recursive: false).Select(file =>
        {
            XmlSource data = source.Load(file);
            XElement step = data.Root("SdkMessageProcessingStep");
            Guid id = Guid.Parse(data.Attribute(step, "SdkMessageProcessingStepId", "<SdkMessageProcessingStep>"));
            if (step.Element("SdkMessageId") is null)
            {
                throw data.Error(step, "<SdkMessageProcessingStep> has no <SdkMessageId>, so no import could register it; run tools/renewals solution generate (it writes no file for a step whose message id is not in Generation/Steps/SdkMessages.cs) or delete the file");
            }

            found.Steps.Add(id);
            return PackedXml.Embeddable(step);
        }).ToList();

    private static void AddBinary(PackedComponents found, XmlSource data, XElement component, string contentPath)
    {
        string entry = data.Text(component, "FileName", $"<{component.Name.LocalName}>").TrimStart('/');
        if (!found.Binaries.TryAdd(entry, contentPath))
        {
            throw data.Error(component.Element("FileName"), $"<FileName> /{entry} is named by another component too");
        }
    }
}
