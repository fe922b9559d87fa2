using System.Xml.Linq;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Steps;
using Crm.Renewals.Solution.Tests.Generation;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>Solution/map.xml sends SolutionPackager to the same dll the pack command packs.</summary>
public sealed class MapFileTests
{
    private static readonly XElement Mapping = XDocument.Load(Path.Combine(RepositoryFolders.Root, RepositoryPaths.MapFile)).Root!;

    private static XElement DllMapping => Mapping.Elements("FileToFile").Single(m => ((string)m.Attribute("map")!).StartsWith("PluginAssemblies/", StringComparison.Ordinal));

    [Fact]
    public void DllMapping_MatchesTheGeneratedAssemblyPathInTheUnpackedLayout()
    {
        string[] pattern = ((string)DllMapping.Attribute("map")!).Split('/');
        string dll = PluginAssemblyFileBuilder.DllPath(RealInputs.Assembly.Name, RealInputs.Registrations.AssemblyId);
        string[] path = dll.Split('/');

        Assert.Equal([pattern[0], "**", path[^1]], pattern);
        Assert.Equal(path[0], pattern[0]);
    }

    [Fact]
    public void DllMapping_PointsAtTheReleaseBuildThePackCommandUses()
    {
        string to = (string)DllMapping.Attribute("to")!;

        string resolved = Path.GetFullPath(Path.Combine(RepositoryFolders.Root, RepositoryPaths.SolutionSource, to));

        Assert.Equal(Path.GetFullPath(Path.Combine(RepositoryFolders.Root, RepositoryPaths.ReleasePluginAssembly)), resolved);
    }
}
