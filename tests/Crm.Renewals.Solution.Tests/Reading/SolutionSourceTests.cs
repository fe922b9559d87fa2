using System.Text.RegularExpressions;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>Checks of the committed Solution/src files beyond what the reader itself refuses.</summary>
public sealed partial class SolutionSourceTests
{
    private const string ManagedSuffix = "_managed.xml";
    private const int OptionValuesPerPrefix = 10_000;

    /// <summary>Elements whose GUID defines a component or a form part (references to them are excluded).</summary>
    private static readonly HashSet<string> IdentityElements = ["formid", "FormId", "savedqueryid", "WebResourceId", "SdkMessageProcessingStepImageId"];

    /// <summary>Attributes whose GUID defines something; "id" on any element except RootComponent, which refers.</summary>
    private static readonly HashSet<string> IdentityAttributes = ["id", "PluginAssemblyId", "PluginTypeId", "SdkMessageProcessingStepId"];

    private static IEnumerable<string> XmlFiles() =>
        Directory.EnumerateFiles(RepositoryFolders.SolutionSource, "*.xml", SearchOption.AllDirectories);

    [Fact]
    public void SolutionFiles_AreWellFormedXml()
    {
        List<string> files = XmlFiles().ToList();

        Assert.True(files.Count > 100, $"only {files.Count} XML files under {RepositoryFolders.SolutionSourceRelative}");
        Assert.All(files, file => XDocument.Load(file));
    }

    // Microsoft's SolutionPackager reads every file of a component folder: an empty .gitkeep stops it with "Root element is missing".
    [Fact]
    public void SolutionFolder_HoldsNoHiddenOrEmptyFile()
    {
        string[] strays = Directory.EnumerateFiles(RepositoryFolders.SolutionSource, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith('.') || new FileInfo(f).Length == 0)
            .Select(f => Path.GetRelativePath(RepositoryFolders.Root, f))
            .ToArray();

        Assert.True(strays.Length == 0, "not solution components, refused by SolutionPackager: " + string.Join(", ", strays));
    }

    [Fact]
    public void StepFiles_EachNameTheirMessageBySdkMessageId()
    {
        string[] steps = Directory.GetFiles(Path.Combine(RepositoryFolders.SolutionSource, "SdkMessageProcessingSteps"), "*.xml");

        Assert.NotEmpty(steps);
        Assert.All(steps, file => Assert.True(
            Guid.TryParse(XDocument.Load(file).Root?.Element("SdkMessageId")?.Value, out _),
            $"{Path.GetFileName(file)} has no <SdkMessageId> GUID; Microsoft's SolutionPackager would pack a step without a message"));
    }

    [Fact]
    public void Guids_AreUniqueAcrossTheSolutionFolder()
    {
        var owners = new Dictionary<Guid, string>();
        var duplicates = new List<string>();
        foreach (string file in XmlFiles().Where(f => !f.EndsWith(ManagedSuffix, StringComparison.Ordinal)))
        {
            foreach (Guid id in IdentityGuids(XDocument.Load(file)))
            {
                string relative = Path.GetRelativePath(RepositoryFolders.Root, file);
                if (!owners.TryAdd(id, relative))
                {
                    duplicates.Add($"{id} in {relative} and {owners[id]}");
                }
            }
        }

        Assert.True(owners.Count > 100, $"only {owners.Count} identity GUIDs found");
        Assert.Empty(duplicates);
    }

    [Fact]
    public void ManagedForms_AreTwinsOfTheirUnmanagedForms()
    {
        List<string> managed = XmlFiles().Where(f => f.EndsWith(ManagedSuffix, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(managed);
        Assert.All(managed, file =>
        {
            string twin = file[..^ManagedSuffix.Length] + ".xml";
            XDocument form = XDocument.Load(file);
            Assert.True(File.Exists(twin), $"{file} has no unmanaged twin");
            Assert.Equal(IdentityGuids(XDocument.Load(twin)).Order(), IdentityGuids(form).Order());
            Assert.Equal(Path.GetFileNameWithoutExtension(twin), form.Descendants("formid").Single().Value);
        });
    }

    [Fact]
    public void OptionValues_LieInThePublisherRange()
    {
        int first = RealSolution.Model.OptionValuePrefix * OptionValuesPerPrefix;
        IEnumerable<OptionSetModel> localChoices = RealSolution.Model.Tables.SelectMany(t => t.Columns)
            .Where(c => c.Type == ColumnType.Picklist && c.OptionSet is { IsGlobal: false })
            .Select(c => c.OptionSet!);
        List<OptionModel> options = RealSolution.Model.OptionSets.Concat(localChoices).SelectMany(s => s.Options).ToList();

        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.InRange(o.Value, first, first + OptionValuesPerPrefix - 1));
    }

    [Fact]
    public void PicklistColumns_ResolveTheirOptionSets()
    {
        List<ColumnModel> choices = RealSolution.Model.Tables.SelectMany(t => t.Columns).Where(c => c.Type == ColumnType.Picklist).ToList();

        Assert.NotEmpty(choices);
        Assert.All(choices, c => Assert.NotEmpty(c.OptionSet?.Options ?? []));
    }

    [Fact]
    public void ReferenceColumns_HaveATarget()
    {
        List<ColumnModel> references = RealSolution.Model.Tables.SelectMany(t => t.Columns)
            .Where(c => c.Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, c => Assert.NotEmpty(c.LookupTargets));
    }

    [Fact]
    public void CustomNames_CarryThePublisherPrefix()
    {
        string prefix = RealSolution.Model.PublisherPrefix + "_";
        IEnumerable<string> names = RealSolution.Model.Tables.Where(t => t.IsCustom).Select(t => t.LogicalName)
            .Concat(RealSolution.Model.Tables.Where(t => t.IsPartial).SelectMany(t => t.Columns).Select(c => c.LogicalName))
            .Concat(RealSolution.Model.OptionSets.Select(s => s.Name))
            .Concat(RealSolution.Model.CustomApis.Select(a => a.UniqueName))
            .Concat(RealSolution.Model.EnvironmentVariables.Select(v => v.SchemaName));

        Assert.All(names, name => Assert.StartsWith(prefix, name, StringComparison.Ordinal));
    }

    [Fact]
    public void CustomApiParameterNames_ArePascalCaseWithoutPrefix()
    {
        IEnumerable<string> names = RealSolution.Model.CustomApis.SelectMany(a => a.RequestParameters.Concat(a.ResponseProperties)).Select(p => p.UniqueName);

        Assert.All(names, name => Assert.Matches(PascalCase(), name));
    }

    [Fact]
    public void RootComponents_ListEveryTableAndOptionSet_SortedByTypeAsExportsWriteThem()
    {
        XElement[] rows = XDocument.Load(Path.Combine(RepositoryFolders.SolutionSource, "Other", "Solution.xml")).Descendants("RootComponent").ToArray();
        var listed = rows.Select(r => ((string)r.Attribute("type")!, (string?)r.Attribute("schemaName"), (string)r.Attribute("behavior")!)).ToHashSet();
        SolutionModel model = RealSolution.Model;

        Assert.All(model.Tables, t => Assert.Contains(("1", t.LogicalName, t.IsPartial ? "2" : "0"), listed));
        Assert.All(model.OptionSets, s => Assert.Contains(("9", s.Name, "0"), listed));
        Assert.DoesNotContain(rows, r => (string?)r.Attribute("type") == "380");
        Assert.DoesNotContain(XDocument.Load(Path.Combine(RepositoryFolders.SolutionSource, "Other", "Solution.xml")).Descendants("RootComponents").Nodes(), n => n is XComment);
        string[] types = rows.Select(r => (string)r.Attribute("type")!).ToArray();
        Assert.Equal(types.Order(StringComparer.Ordinal), types);
    }

    [Fact]
    public void FormsAndViews_NameColumnsTheTablesDefine()
    {
        string prefix = RealSolution.Model.PublisherPrefix + "_";
        var unknown = new List<string>();
        foreach (TableModel table in RealSolution.Model.Tables)
        {
            string folder = Path.GetDirectoryName(Path.Combine(RepositoryFolders.Root, table.SourceFile))!;
            var columns = table.Columns.Select(c => c.LogicalName).ToHashSet();
            IEnumerable<string> named = Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != "Entity.xml" && Path.GetFileName(f) != "RibbonDiff.xml")
                .SelectMany(f => ColumnNames(XDocument.Load(f)));

            // A platform table's file lists only the columns the solution adds; its own columns cannot be checked here.
            unknown.AddRange(named.Where(n => !columns.Contains(n) && (!table.IsPartial || n.StartsWith(prefix, StringComparison.Ordinal)))
                .Select(n => $"{table.LogicalName}.{n}"));
        }

        Assert.Empty(unknown);
    }

    // Security roles as real exports write them (AK Roles/*.xml): a file named after the role, privileges by schema name,
    // sorted by name, each privilege one the platform has (prv + action + a table of the solution, or the Activity ones).
    [Fact]
    public void Roles_AreOneFilePerRoleListedInTheManifestWithKnownPrivileges()
    {
        string folder = Path.Combine(RepositoryFolders.SolutionSource, "Roles");
        var schemas = RealSolution.Model.Tables.Select(t => t.SchemaName).Append("Activity").ToHashSet(StringComparer.Ordinal);
        var manifest = XDocument.Load(Path.Combine(RepositoryFolders.SolutionSource, "Other", "Solution.xml")).Descendants("RootComponent")
            .Where(r => (string?)r.Attribute("type") == "20").Select(r => Guid.Parse((string)r.Attribute("id")!)).ToHashSet();
        string[] files = Directory.GetFiles(folder, "*.xml");

        Assert.Equal(["Renewals Administrator", "Renewals CSM", "Renewals Manager"], files.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        foreach (string file in files)
        {
            XElement role = XDocument.Load(file).Root!;
            Assert.Equal(Path.GetFileNameWithoutExtension(file), (string)role.Attribute("name")!);
            Assert.Contains(Guid.Parse((string)role.Attribute("id")!), manifest);
            string[] names = role.Descendants("RolePrivilege").Select(p => (string)p.Attribute("name")!).ToArray();
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
            Assert.All(names, name => Assert.True(
                PrivilegeActions.Any(action => name.StartsWith("prv" + action, StringComparison.Ordinal) && schemas.Contains(name["prv".Length..][action.Length..])),
                name + " is not prv + an action + a table's schema name"));
        }
    }

    private static readonly string[] PrivilegeActions = ["AppendTo", "Append", "Assign", "Create", "Delete", "Read", "Share", "Write"];

    private static IEnumerable<Guid> IdentityGuids(XDocument document)
    {
        foreach (XElement element in document.Descendants())
        {
            // A control's parameters name the web resource it hosts: a reference.
            bool reference = element.Parent?.Name.LocalName == "parameters";
            if (!reference && IdentityElements.Contains(element.Name.LocalName) && Guid.TryParse(element.Value, out Guid fromElement))
            {
                yield return fromElement;
            }

            // A root component row, an app's component list and its role map name components defined elsewhere: references, not identities.
            IEnumerable<XAttribute> attributes = element.Name.LocalName is "RootComponent" or "AppModuleComponent" || element.Parent?.Name.LocalName == "AppModuleRoleMaps" ? [] : element.Attributes();
            foreach (XAttribute attribute in attributes.Where(a => IdentityAttributes.Contains(a.Name.LocalName)))
            {
                if (Guid.TryParse(attribute.Value, out Guid fromAttribute) && fromAttribute != Guid.Empty)
                {
                    yield return fromAttribute;
                }
            }
        }
    }

    /// <summary>Columns a form binds (datafieldname) or a view shows, sorts or filters on.</summary>
    /// <remarks>What a view's link-entity filters on is a column of the linked table, so it is left out.</remarks>
    private static IEnumerable<string> ColumnNames(XDocument document) =>
        document.Descendants("control").Select(c => (string?)c.Attribute("datafieldname"))
            .Concat(document.Descendants("cell").Select(c => (string?)c.Attribute("name")))
            .Concat(OwnElements(document, "attribute").Select(a => (string?)a.Attribute("name")))
            .Concat(OwnElements(document, "order").Select(o => (string?)o.Attribute("attribute")))
            .Concat(OwnElements(document, "condition").Select(c => (string?)c.Attribute("attribute")))
            .OfType<string>();

    private static IEnumerable<XElement> OwnElements(XDocument document, string name) =>
        document.Descendants(name).Where(e => !e.Ancestors("link-entity").Any());

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();
}
