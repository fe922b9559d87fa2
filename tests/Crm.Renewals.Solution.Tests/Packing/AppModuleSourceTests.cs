using System.Xml.Linq;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>The Renewals app as the repository defines it: what it holds, who may open it, and where its site map leads.</summary>
public sealed class AppModuleSourceTests
{
    private static readonly string Source = RepositoryFolders.SolutionSource;
    private static readonly XElement App = XDocument.Load(Path.Combine(Source, "AppModules", "crr_Renewals", "AppModule.xml")).Root!;
    private static readonly XElement SiteMap = XDocument.Load(Path.Combine(Source, "AppModuleSiteMaps", "crr_Renewals", "AppModuleSiteMap.xml")).Root!;

    [Fact]
    public void App_Tables_AreTheSolutionsTables()
    {
        var manifest = XDocument.Load(Path.Combine(Source, "Other", "Solution.xml"));
        var tables = manifest.Descendants("RootComponent").Where(r => (string?)r.Attribute("type") == "1").Select(r => (string)r.Attribute("schemaName")!);

        Assert.Equal(tables.Order(StringComparer.Ordinal), Components("1").Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "crr_Renewals" }, Components("62"));
    }

    // Users get the app through the solution's roles; a role file that the app does not map would leave its users without it.
    [Fact]
    public void App_RoleMap_IsEverySolutionRole()
    {
        var roles = Directory.GetFiles(Path.Combine(Source, "Roles"), "*.xml").Select(f => (string)XDocument.Load(f).Root!.Attribute("id")!);

        Assert.Equal(roles.Order(StringComparer.Ordinal), App.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => (string)r.Attribute("id")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SiteMap_EverySubArea_OpensATableOfTheAppOrADashboardOfTheApp()
    {
        var tables = Components("1").ToHashSet(StringComparer.Ordinal);
        var dashboards = App.Element("AppModuleComponents")!.Elements("AppModuleComponent").Where(c => (string?)c.Attribute("type") == "60")
            .Select(c => (string)c.Attribute("id")!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(SiteMap.Descendants("SubArea"), sub =>
        {
            if (sub.Attribute("Entity") is XAttribute entity)
            {
                Assert.Contains(entity.Value, tables);
            }
            else
            {
                Assert.Equal("/workplace/home_dashboards.aspx", (string?)sub.Attribute("Url"));
                Assert.Contains((string)sub.Attribute("DefaultDashboard")!, dashboards);
            }
        });
        Assert.Equal(new[] { "Customer success", "Approvals", "Administration" }, SiteMap.Descendants("Area").Select(a => (string)a.Element("Titles")!.Element("Title")!.Attribute("Title")!));
    }

    // The app lists the dashboard, so users of the app see it; the dashboard file is the one the manifest packs.
    [Fact]
    public void App_Dashboards_AreTheSolutionsDashboards()
    {
        var files = Directory.GetFiles(Path.Combine(Source, "Dashboards"), "*.xml").Select(f => XDocument.Load(f).Root!.Element("FormId")!.Value);
        var listed = App.Element("AppModuleComponents")!.Elements("AppModuleComponent").Where(c => (string?)c.Attribute("type") == "60").Select(c => (string)c.Attribute("id")!);

        Assert.Equal(files.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.NotEmpty(listed);
    }

    private static IEnumerable<string> Components(string type) =>
        App.Element("AppModuleComponents")!.Elements("AppModuleComponent").Where(c => (string?)c.Attribute("type") == type).Select(c => (string)c.Attribute("schemaName")!);
}
