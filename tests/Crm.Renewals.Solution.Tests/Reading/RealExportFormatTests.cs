using System.Xml.Linq;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>
/// Solution/src writes each component as unpacked solutions exported by real environments do (the table in
/// shared/design/solution-format.md): one test per row where this folder used to differ.
/// </summary>
public sealed class RealExportFormatTests
{
    private static IEnumerable<XDocument> EntityFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryFolders.SolutionSource, "Entities"), "Entity.xml", SearchOption.AllDirectories).Select(XDocument.Load);

    private static IEnumerable<XElement> Attributes() => EntityFiles().SelectMany(d => d.Descendants("attribute"));

    [Fact]
    public void Cdsproj_NamesTheMapFileSoTheBuildToolsFindTheDllAndWebResources()
    {
        XNamespace msbuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        XDocument project = XDocument.Load(Path.Combine(RepositoryFolders.Root, "Solution", "Crm.Renewals.cdsproj"));

        Assert.Equal("$(MSBuildThisFileDirectory)map.xml", project.Descendants(msbuild + "SolutionPackageMapFilePath").Single().Value);
    }

    [Fact]
    public void StateAndStatusValues_CarryNoIsHidden()
    {
        XElement[] values = EntityFiles().SelectMany(d => d.Descendants().Where(e => e.Name == "state" || e.Name == "status")).ToArray();

        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.Null(value.Attribute("IsHidden")));
    }

    [Fact]
    public void MemoColumns_StopAtMaxLengthWithoutLength()
    {
        XElement[] memos = Attributes().Where(a => (string?)a.Element("Type") == "ntext").ToArray();

        Assert.NotEmpty(memos);
        Assert.All(memos, memo => Assert.Null(memo.Element("Length")));
        Assert.All(memos, memo => Assert.NotNull(memo.Element("MaxLength")));
    }

    [Fact]
    public void DateOnlyColumns_OmitCanChangeDateTimeBehavior()
    {
        XElement[] dateOnly = Attributes().Where(a => (string?)a.Element("Behavior") == "2").ToArray();

        Assert.NotEmpty(dateOnly);
        Assert.All(dateOnly, column => Assert.Null(column.Element("CanChangeDateTimeBehavior")));
    }

    [Fact]
    public void CustomApis_UseTheExportKeyFormLeaveOutEmptyElementsAndAreCustomizable()
    {
        string folder = Path.Combine(RepositoryFolders.SolutionSource, "customapis");
        XDocument[] apis = Directory.EnumerateFiles(folder, "customapi.xml", SearchOption.AllDirectories).Select(XDocument.Load).ToArray();
        XDocument[] parts = Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "customapi.xml").Select(XDocument.Load).ToArray();

        Assert.NotEmpty(apis);
        Assert.All(apis, api => Assert.Equal("1", api.Root!.Element("iscustomizable")?.Value));
        Assert.All(apis.Select(api => api.Root!.Element("plugintypeid")).OfType<XElement>(), binding =>
        {
            Assert.Null(binding.Element("plugintypeid"));
            Assert.True(Guid.TryParse(binding.Element("plugintypeexportkey")?.Value, out _), binding.ToString());
        });
        Assert.Contains(apis, api => api.Root!.Element("plugintypeid") is not null);
        Assert.All(parts, part => Assert.Equal("1", part.Root!.Element("iscustomizable")?.Value));
        Assert.All(apis.Concat(parts).SelectMany(d => d.Root!.Elements()), element => Assert.False(element.IsEmpty && !element.HasAttributes, $"empty <{element.Name}>"));
    }
}
