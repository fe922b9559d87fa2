using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Crm.Renewals.Solution.Packing;

namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>The packed layout, determinism, and managed versus unmanaged.</summary>
public sealed class SolutionPackerTests : IClassFixture<PackedSolution>
{
    private readonly PackedSolution packed;

    public SolutionPackerTests(PackedSolution packed)
    {
        this.packed = packed;
    }

    [Fact]
    public void Pack_Twice_GivesByteIdenticalZips()
    {
        string again = Path.Combine(packed.Fixture.Repository.Root, "again");

        PackResult second = SolutionPacker.Pack(packed.Fixture.Request(output: again));

        Assert.Equal(File.ReadAllBytes(packed.Result.UnmanagedZip), File.ReadAllBytes(second.UnmanagedZip));
        Assert.Equal(File.ReadAllBytes(packed.Result.ManagedZip), File.ReadAllBytes(second.ManagedZip));
    }

    [Fact]
    public void Pack_WritesBothZipsNamedAfterTheVersion_WithTheManagedFlagSet()
    {
        string output = Path.Combine(packed.Fixture.Repository.Root, "stamped");

        PackResult result = SolutionPacker.Pack(packed.Fixture.Request(version: "1.2.3.4", output: output));

        Assert.Equal(Path.Combine(output, "Crm.Renewals_1.2.3.4.zip"), result.UnmanagedZip);
        Assert.Equal(Path.Combine(output, "Crm.Renewals_1.2.3.4_managed.zip"), result.ManagedZip);
        Assert.Equal(("1.2.3.4", "0"), ManifestValues(result.UnmanagedZip));
        Assert.Equal(("1.2.3.4", "1"), ManifestValues(result.ManagedZip));
    }

    [Fact]
    public void Pack_WithoutVersion_KeepsTheVersionOfTheManifest()
    {
        Assert.Equal("1.0.0.0", packed.Result.Version);
    }

    [Fact]
    public void Pack_Zip_HoldsExactlyWhatTheManifestAndCustomizationsName()
    {
        SortedDictionary<string, byte[]> entries = packed.Unmanaged;
        XDocument customizations = Xml(entries["customizations.xml"]);
        XDocument manifest = Xml(entries["solution.xml"]);
        string source = packed.Fixture.Repository.SolutionSource;

        IEnumerable<string> named = new[] { "[Content_Types].xml", "solution.xml", "customizations.xml" }
            .Concat(customizations.Descendants("FileName").Select(f => f.Value.TrimStart('/')))
            .Concat(customizations.Descendants("JsonFileName").Select(f => f.Value.TrimStart('/')))
            .Concat(Directory.GetFiles(Path.Combine(source, "environmentvariabledefinitions"), "*", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(source, "customapis"), "*", SearchOption.AllDirectories))
            .Select(path => Path.IsPathRooted(path) ? Path.GetRelativePath(source, path).Replace('\\', '/') : path);

        Assert.Equal(named.Order(StringComparer.Ordinal), entries.Keys);
        Assert.Contains("PluginAssemblies/CrmRenewalsSolutionTests-0B0C6F1E-2A3D-4E5F-8A9B-0C1D2E3F4A5B/CrmRenewalsSolutionTests.dll", entries.Keys);
    }

    [Fact]
    public void Pack_Customizations_HoldEveryComponentInline()
    {
        string source = packed.Fixture.Repository.SolutionSource;

        XDocument customizations = Xml(packed.Unmanaged["customizations.xml"]);

        XElement root = customizations.Root!;
        Assert.Equal(Directory.GetDirectories(Path.Combine(source, "Entities")).Length, root.Element("Entities")!.Elements("Entity").Count());
        Assert.Equal(Directory.GetFiles(Path.Combine(source, "OptionSets")).Length, root.Element("optionsets")!.Elements("optionset").Count());
        Assert.Equal(XDocument.Load(Path.Combine(source, "Other", "Relationships.xml")).Root!.Elements().Count(), root.Element("EntityRelationships")!.Elements("EntityRelationship").Count());
        Assert.Single(root.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly"));
        Assert.Equal(2, root.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").Count());
        XElement contract = root.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == "crr_CustomerContract");
        Assert.NotEmpty(contract.Elements("FormXml").Elements("forms").Where(f => (string)f.Attribute("type")! == "main").Elements("systemform"));
        Assert.NotEmpty(contract.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery"));
        Assert.Single(contract.Elements("RibbonDiffXml"));
        Assert.DoesNotContain(root.Descendants(), e => e.Attributes().Any(a => a.IsNamespaceDeclaration));
    }

    // The Renewals app and its site map go inline, in the skeleton's order (site maps before apps, after CustomControls).
    [Fact]
    public void Pack_Customizations_HoldTheAppAndItsSiteMapInline()
    {
        XElement root = Xml(packed.Unmanaged["customizations.xml"]).Root!;

        XElement app = Assert.Single(root.Element("AppModules")!.Elements("AppModule"));
        XElement siteMap = Assert.Single(root.Element("AppModuleSiteMaps")!.Elements("AppModuleSiteMap"));
        Assert.Equal("crr_Renewals", app.Element("UniqueName")!.Value);
        Assert.Equal("crr_Renewals", siteMap.Element("SiteMapUniqueName")!.Value);
        Assert.Contains(siteMap.Descendants("SubArea"), sub => (string?)sub.Attribute("DefaultDashboard") == PipelineDashboard);
        Assert.Equal(
            new[] { "CustomControls", "AppModuleSiteMaps", "AppModules" },
            root.Elements().Select(e => e.Name.LocalName).Where(n => n is "CustomControls" or "AppModuleSiteMaps" or "AppModules"));
    }

    // The pipeline is a real dashboard (a system form of type 0) hosting the web resource, inline in <Dashboards> after
    // the global choices and before the web resources, as exports order them.
    [Fact]
    public void Pack_Customizations_HoldThePipelineDashboardHostingItsWebResource()
    {
        XElement root = Xml(packed.Unmanaged["customizations.xml"]).Root!;

        XElement dashboard = Assert.Single(root.Element("Dashboards")!.Elements("Dashboard"));
        Assert.Equal(PipelineDashboard, dashboard.Element("FormId")!.Value);
        Assert.Equal("dashboard", (string?)dashboard.Element("FormXml")!.Element("forms")!.Attribute("type"));
        XElement control = Assert.Single(dashboard.Descendants("control"));
        Assert.Equal("crr_/dashboard/renewalpipeline.html", control.Element("parameters")!.Element("Url")!.Value);
        Assert.Equal(
            new[] { "optionsets", "Dashboards", "WebResources" },
            root.Elements().Select(e => e.Name.LocalName).Where(n => n is "optionsets" or "Dashboards" or "WebResources"));
    }

    // The daily sweep ships as a cloud flow: its <Workflow> inline, its definition beside it in the zip, and the
    // Dataverse connection reference it uses in <connectionreferences>, which import asks the admin to connect.
    [Fact]
    public void Pack_Customizations_HoldTheSweepFlowAndItsConnectionReference()
    {
        XElement root = Xml(packed.Unmanaged["customizations.xml"]).Root!;

        XElement flow = Assert.Single(root.Element("Workflows")!.Elements("Workflow"));
        Assert.Equal("{4a4bdcd4-e865-4de9-8e07-bdaf34fd8416}", (string?)flow.Attribute("WorkflowId"));
        Assert.Equal("5", flow.Element("Category")!.Value);
        string definition = flow.Element("JsonFileName")!.Value.TrimStart('/');
        using var json = System.Text.Json.JsonDocument.Parse(packed.Unmanaged[definition]);
        string reference = json.RootElement.GetProperty("properties").GetProperty("connectionReferences").GetProperty("shared_commondataserviceforapps")
            .GetProperty("connection").GetProperty("connectionReferenceLogicalName").GetString()!;
        XElement connection = Assert.Single(root.Element("connectionreferences")!.Elements("connectionreference"));
        Assert.Equal(reference, (string?)connection.Attribute("connectionreferencelogicalname"));
        Assert.Equal("/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps", connection.Element("connectorid")!.Value);
    }

    private const string PipelineDashboard = "{ecd2a1c4-bb6e-4497-b330-1d9b8ffffa1a}";

    [Fact]
    public void Pack_ManagedAndUnmanaged_DifferOnlyInTheManagedFlagAndTheManagedForms()
    {
        SortedDictionary<string, byte[]> unmanaged = packed.Unmanaged;
        SortedDictionary<string, byte[]> managed = packed.Managed;

        Assert.Equal(unmanaged.Keys, managed.Keys);
        Assert.All(unmanaged.Keys.Where(k => k is not ("solution.xml" or "customizations.xml")), key => Assert.Equal(unmanaged[key], managed[key]));
        Assert.Equal(Text(unmanaged["solution.xml"]), Text(managed["solution.xml"]).Replace("<Managed>1</Managed>", "<Managed>0</Managed>", StringComparison.Ordinal));
        Assert.NotEqual(Text(unmanaged["customizations.xml"]), Text(managed["customizations.xml"]));
        Assert.Equal(WithoutForms(unmanaged["customizations.xml"]), WithoutForms(managed["customizations.xml"]));
    }

    [Fact]
    public void Pack_ContentTypes_DeclareEveryExtensionAndEachPartWithoutOne()
    {
        SortedDictionary<string, byte[]> entries = packed.Unmanaged;

        XDocument types = Xml(entries["[Content_Types].xml"]);

        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        Assert.Equal(["dll", "json", "xml"], types.Root!.Elements(ns + "Default").Select(d => (string)d.Attribute("Extension")!));
        IEnumerable<string> bare = entries.Keys.Where(k => !Path.GetFileName(k).Contains('.', StringComparison.Ordinal)).Select(k => "/" + k);
        Assert.Equal(bare, types.Root.Elements(ns + "Override").Select(o => (string)o.Attribute("PartName")!));
        Assert.All(types.Root.Elements(), e => Assert.Equal("application/octet-stream", (string)e.Attribute("ContentType")!));
    }

    [Fact]
    public void Pack_WebResources_StoreTheMappedContentUnderTheirFileName()
    {
        SortedDictionary<string, byte[]> entries = packed.Unmanaged;
        XElement[] resources = Xml(entries["customizations.xml"]).Root!.Element("WebResources")!.Elements("WebResource").ToArray();

        Assert.NotEmpty(resources);
        Assert.All(resources, resource =>
        {
            string name = resource.Element("Name")!.Value;
            // Scripts are packed as tsc compiled them; pages and style sheets as written.
            byte[] source = File.ReadAllBytes(packed.Fixture.Repository.Full((name.EndsWith(".js", StringComparison.Ordinal) ? "WebResources/build/" : "WebResources/src/") + name));
            Assert.Equal(source, entries[resource.Element("FileName")!.Value.TrimStart('/')]);
        });
    }

    [Fact]
    public void Pack_Zip_UsesForwardSlashesAndOneFixedTimestamp()
    {
        using ZipArchive zip = ZipFile.OpenRead(packed.Result.ManagedZip);

        Assert.All(zip.Entries, e => Assert.DoesNotContain('\\', e.FullName));
        Assert.Single(zip.Entries.Select(e => e.LastWriteTime).Distinct());
    }

    [Fact]
    public void Pack_RepositorySolutionWithoutPlugins_NeedsNoAssembly()
    {
        using var fixture = new PackingFixture(Solution.Generation.Registrations.RegistrationSet.Empty(Guid.NewGuid()));

        PackResult result = SolutionPacker.Pack(fixture.Request() with { AssemblyPath = null });

        Assert.DoesNotContain(result.Entries, e => e.StartsWith("PluginAssemblies/", StringComparison.Ordinal));
        Assert.True(File.Exists(result.ManagedZip));
    }

    private static (string Version, string Managed) ManifestValues(string zip)
    {
        XElement manifest = Xml(PackingFixture.Entries(zip)["solution.xml"]).Root!.Element("SolutionManifest")!;
        return (manifest.Element("Version")!.Value, manifest.Element("Managed")!.Value);
    }

    private static XDocument Xml(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static string WithoutForms(byte[] customizations)
    {
        XDocument document = Xml(customizations);
        document.Descendants("FormXml").Remove();
        return document.ToString();
    }
}
