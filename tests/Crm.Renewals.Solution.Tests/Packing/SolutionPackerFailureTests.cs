using Crm.Renewals.Solution.Packing;
using Crm.Renewals.Solution.Reading;
using Crm.Renewals.Solution.Tests.Generation;

namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>Bad or missing inputs: each refusal names the file (and element) to fix, and no zip is written.</summary>
public sealed class SolutionPackerFailureTests
{
    private const string CreateStep = "Solution/src/SdkMessageProcessingSteps/{2a2b3c4d-0001-4000-8000-000000000001}.xml";

    [Fact]
    public void Pack_WithoutTheBuiltAssembly_FailsNamingTheDll()
    {
        using var fixture = new PackingFixture();
        string missing = Path.Combine(fixture.Repository.Root, "Plugins", "bin", "Crm.Renewals.Plugins.dll");

        var failure = Assert.Throws<SolutionFormatException>(() => SolutionPacker.Pack(fixture.Request(assemblyPath: missing)));

        Assert.Equal("Plugins/bin/Crm.Renewals.Plugins.dll", failure.File);
        Assert.Contains("the plugin assembly is missing", failure.Detail, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Output));
    }

    [Theory]
    [InlineData("Solution/src/Entities/crr_SavePlan/Entity.xml")]
    [InlineData("Solution/src/Entities/crr_SavePlan/FormXml/main/{ddd04e23-6c67-53ba-aa6a-e3c37a3d9e5d}.xml")]
    [InlineData("Solution/src/OptionSets/crr_segment.xml")]
    [InlineData("Solution/src/Other/Relationships/crr_SavePlan.xml")]
    [InlineData("Solution/src/customapis/crr_GenerateRenewals/customapi.xml")]
    [InlineData(CreateStep)]
    public void Pack_WithABrokenXmlFile_FailsNamingIt(string file)
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Write(file, fixture.Repository.Read(file).Replace("</", "<", StringComparison.Ordinal));

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal(file, failure.File);
        Assert.StartsWith("not well-formed XML", failure.Detail, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Output));
    }

    [Theory]
    [InlineData("Solution/src/SdkMessageProcessingSteps/.gitkeep", "")]
    [InlineData("Solution/src/PluginAssemblies/.keep", "placeholder")]
    [InlineData("Solution/src/OptionSets/empty.xml", "")]
    public void Pack_WithAPlaceholderOrEmptyFile_FailsNamingIt(string file, string content)
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Write(file, content);

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal(file, failure.File);
        Assert.Contains("Microsoft's SolutionPackager refuses the folder", failure.Detail, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Output));
    }

    [Fact]
    public void Pack_StepFileWithoutSdkMessageId_FailsNamingTheStepFile()
    {
        using var fixture = new PackingFixture();
        string text = fixture.Repository.Read(CreateStep);
        int start = text.IndexOf("<SdkMessageId>", StringComparison.Ordinal);
        int end = text.IndexOf("</SdkMessageId>", StringComparison.Ordinal) + "</SdkMessageId>".Length;
        fixture.Repository.Write(CreateStep, text.Remove(start, end - start));

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal(CreateStep, failure.File);
        Assert.Contains("has no <SdkMessageId>", failure.Detail, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Output));
    }

    [Fact]
    public void Pack_RootComponentWithoutItsFiles_FailsNamingTheManifest()
    {
        using var fixture = new PackingFixture();
        File.Delete(fixture.Repository.Full("Solution/src/OptionSets/crr_segment.xml"));

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal("Solution/src/Other/Solution.xml", failure.File);
        Assert.Contains("names global choice 'crr_segment', which has no OptionSets", failure.Detail, StringComparison.Ordinal);
    }

    // Real exports list environment variables only as folders; a type 380 row is refused rather than packed.
    [Fact]
    public void Pack_EnvironmentVariableRootComponent_FailsNamingTheManifest()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Replace(
            "Solution/src/Other/Solution.xml",
            "<RootComponent type=\"9\" schemaName=\"crr_segment\" behavior=\"0\" />",
            "<RootComponent type=\"9\" schemaName=\"crr_segment\" behavior=\"0\" />\n      <RootComponent type=\"380\" schemaName=\"crr_SavePolicy\" behavior=\"0\" />");

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal("Solution/src/Other/Solution.xml", failure.File);
        Assert.Contains("<RootComponent type=\"380\">", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ComponentMissingFromTheManifest_FailsNamingTheManifest()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Replace("Solution/src/Other/Solution.xml", "<RootComponent type=\"9\" schemaName=\"crr_segment\" behavior=\"0\" />", "");

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Contains("does not list global choice 'crr_segment'", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_AppMissingFromTheManifest_FailsNamingTheManifest()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Replace("Solution/src/Other/Solution.xml", "<RootComponent type=\"80\" schemaName=\"crr_Renewals\" behavior=\"0\" />", "");

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Contains("does not list model-driven app 'crr_Renewals'", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_SiteMapInAFolderOfAnotherName_FailsNamingTheFile()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Replace("Solution/src/AppModuleSiteMaps/crr_Renewals/AppModuleSiteMap.xml", "<SiteMapUniqueName>crr_Renewals</SiteMapUniqueName>", "<SiteMapUniqueName>crr_Other</SiteMapUniqueName>");

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal("Solution/src/AppModuleSiteMaps/crr_Renewals/AppModuleSiteMap.xml", failure.File);
        Assert.Contains("its folder must be named crr_Other", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_DashboardFileNotNamedAfterItsFormId_FailsNamingTheFile()
    {
        using var fixture = new PackingFixture();
        const string File = "Solution/src/Dashboards/{ecd2a1c4-bb6e-4497-b330-1d9b8ffffa1a}.xml";
        fixture.Repository.Replace(File, "<FormId>{ecd2a1c4-bb6e-4497-b330-1d9b8ffffa1a}</FormId>", "<FormId>{11111111-2222-3333-4444-555555555555}</FormId>");

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal(File, failure.File);
        Assert.Contains("the file must be named after it", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_DashboardWithoutItsRootComponent_FailsNamingTheDashboard()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Replace("Solution/src/Other/Solution.xml", "<RootComponent type=\"60\" id=\"{ecd2a1c4-bb6e-4497-b330-1d9b8ffffa1a}\" behavior=\"0\" />", string.Empty);

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Contains("does not list dashboard 'ecd2a1c4-bb6e-4497-b330-1d9b8ffffa1a'", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_DllForAnotherFramework_IsRefusedWhenTheDeployFrameworkIsRequired()
    {
        using var fixture = new PackingFixture();

        var failure = Assert.Throws<SolutionFormatException>(() =>
            SolutionPacker.Pack(fixture.Request() with { RequiredTargetFramework = PackRequest.DeployTargetFramework }));

        Assert.Contains("targets '.NETCoreApp,Version=v10.0'; Dataverse runs .NETFramework,Version=v4.6.2 plug-ins", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_DllThatIsNotTheDeclaredAssembly_IsRefused()
    {
        using var fixture = new PackingFixture();
        string other = typeof(Microsoft.Xrm.Sdk.Entity).Assembly.Location;

        var failure = Assert.Throws<SolutionFormatException>(() => SolutionPacker.Pack(fixture.Request(assemblyPath: other)));

        Assert.Contains("but Solution/src/PluginAssemblies/", failure.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Crm.Renewals.Solution.Tests.Packing.NoSuchPlugin", "is not defined")]
    [InlineData("Crm.Renewals.Solution.Tests.Packing.NotAPlugin", "is not a public, concrete class implementing Microsoft.Xrm.Sdk.IPlugin")]
    [InlineData("Crm.Renewals.Solution.Tests.Packing.FakePluginBase", "is not a public, concrete class implementing Microsoft.Xrm.Sdk.IPlugin")]
    public void Pack_RegisteredTypeTheDllCannotRun_FailsNamingTheType(string typeName, string why)
    {
        using var fixture = new PackingFixture();
        string data = Directory.GetFiles(fixture.Repository.Full("Solution/src/PluginAssemblies"), "*.data.xml", SearchOption.AllDirectories).Single();
        File.WriteAllText(data, File.ReadAllText(data).Replace("Name=\"" + FakeRegistrations.AccountPlugin + "\"", "Name=\"" + typeName + "\"", StringComparison.Ordinal));

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Contains($"plugin type {typeName}", failure.Detail, StringComparison.Ordinal);
        Assert.Contains(why, failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_WebResourceWhoseContentIsMissing_FailsNamingTheFileItLookedFor()
    {
        using var fixture = new PackingFixture();
        File.Delete(fixture.Repository.Full("WebResources/build/crr_/account/riskbanner.js"));

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal("WebResources/build/crr_/account/riskbanner.js", failure.File);
        Assert.Contains("the content of web resource crr_/account/riskbanner.js is missing", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_MapFileWithADirectiveThePackerDoesNotSupport_FailsNamingIt()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Replace("Solution/map.xml", "<Mapping>", "<Mapping>\n  <FileToPath map=\"*.js\" to=\"../../WebResources/src\" />");

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal("Solution/map.xml", failure.File);
        Assert.StartsWith("<FileToPath> is a mapping directive renewals solution pack does not support", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_FolderThePackerDoesNotKnow_IsRefusedRatherThanLeftOut()
    {
        using var fixture = new PackingFixture();
        Directory.CreateDirectory(fixture.Repository.Full("Solution/src/Reports"));

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal("Solution/src/Reports", failure.File);
    }

    [Fact]
    public void Pack_FlowWhoseDefinitionIsMissing_FailsNamingTheDataFile()
    {
        using var fixture = new PackingFixture();
        const string Definition = "Solution/src/Workflows/RenewalsDailyrenewalsweep-4A4BDCD4-E865-4DE9-8E07-BDAF34FD8416.json";
        File.Delete(fixture.Repository.Full(Definition));

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal(Definition + ".data.xml", failure.File);
        Assert.Contains("must name the flow's definition beside it", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_FlowWithoutItsRootComponent_FailsNamingTheFlow()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Replace("Solution/src/Other/Solution.xml", "<RootComponent type=\"29\" id=\"{4a4bdcd4-e865-4de9-8e07-bdaf34fd8416}\" behavior=\"0\" />", string.Empty);

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Contains("does not list cloud flow '4a4bdcd4-e865-4de9-8e07-bdaf34fd8416'", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_FileInAnEntityFolderThePackerCannotPlace_IsRefused()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Write("Solution/src/Entities/crr_SavePlan/Visualizations.xml", "<visualizations />");

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal("Solution/src/Entities/crr_SavePlan/Visualizations.xml", failure.File);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.0.0.x")]
    [InlineData("1.0.0.0.0")]
    public void Pack_VersionNotOfFourNumbers_IsRefused(string version)
    {
        using var fixture = new PackingFixture();

        Assert.Throws<ArgumentException>(() => fixture.Pack(version));
        Assert.False(Directory.Exists(fixture.Output));
    }
}
