using System.Xml.Linq;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>
/// Every subgrid of every form in <c>Solution/src</c> opens a view of the solution for its table, through a relationship
/// that exists (the solution's or the platform's) from that table: a wrong view or relationship imports, then shows an
/// empty grid or an error on the form.
/// </summary>
public sealed class FormSubgridTests
{
    private const string SubgridClass = "{E7A81278-8635-4D9E-8D4D-59480B391C5B}";
    private static readonly string PlatformRelationships = Path.Combine(RepositoryFolders.Root, "tools", "Crm.Renewals.Emulator", "Metadata", "Platform", "Relationships");

    public static TheoryData<string> Subgrids()
    {
        var data = new TheoryData<string>();
        foreach (var (form, control) in AllSubgrids())
        {
            data.Add(Path.GetRelativePath(RepositoryFolders.Root, form).Replace('\\', '/') + "#" + (string)control.Attribute("id")!);
        }

        return data;
    }

    [Fact]
    public void Forms_HaveSubgrids()
    {
        Assert.True(AllSubgrids().Count() >= 7, "expected the subgrids of the concession, save plan, account (three) and renewal (two) forms");
    }

    [Theory]
    [MemberData(nameof(Subgrids))]
    public void Subgrid_ViewAndRelationship_ExistForItsTable(string subgrid)
    {
        var (form, control) = AllSubgrids().Single(s => Path.GetRelativePath(RepositoryFolders.Root, s.Form).Replace('\\', '/') + "#" + (string)s.Control.Attribute("id")! == subgrid);
        var parameters = control.Element("parameters")!;
        var table = parameters.Element("TargetEntityType")!.Value;
        var view = parameters.Element("ViewId")!.Value;
        var relationship = parameters.Element("RelationshipName")!.Value;

        var folder = Directory.GetDirectories(Path.Combine(RepositoryFolders.SolutionSource, "Entities")).Single(d => string.Equals(Path.GetFileName(d), table, StringComparison.OrdinalIgnoreCase));
        var views = Directory.GetFiles(Path.Combine(folder, "SavedQueries"), "*.xml").Select(f => XDocument.Load(f).Descendants("savedqueryid").Single().Value);
        Assert.Contains(view, views, StringComparer.OrdinalIgnoreCase);
        var referencing = Relationships().Where(r => (string)r.Attribute("Name")! == relationship).Select(r => r.Element("ReferencingEntityName")!.Value).ToList();
        Assert.True(referencing.Count == 1, $"{subgrid}: relationship {relationship} is defined {referencing.Count} times");
        Assert.Equal(table, referencing[0], StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<(string Form, XElement Control)> AllSubgrids() =>
        Directory.GetFiles(Path.Combine(RepositoryFolders.SolutionSource, "Entities"), "*.xml", SearchOption.AllDirectories)
            .Where(f => f.Contains(Path.DirectorySeparatorChar + "FormXml" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.EndsWith("_managed.xml", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Load(f).Descendants("control").Where(c => string.Equals((string?)c.Attribute("classid"), SubgridClass, StringComparison.OrdinalIgnoreCase)).Select(c => (f, c)));

    private static IEnumerable<XElement> Relationships() =>
        Directory.GetFiles(Path.Combine(RepositoryFolders.SolutionSource, "Other", "Relationships"), "*.xml")
            .Concat(Directory.GetFiles(PlatformRelationships, "*.xml"))
            .SelectMany(f => XDocument.Load(f).Descendants("EntityRelationship"));
}
