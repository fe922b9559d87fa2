using System.Text.RegularExpressions;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Tests.Generation;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Validation;

/// <summary>The ids declared in code are new: none appears in Solution/src except in the files generated from them.</summary>
public sealed partial class RegistrationGuidTests
{
    private static readonly string[] GeneratedFolders = ["PluginAssemblies", "SdkMessageProcessingSteps"];

    [Fact]
    public void DeclaredIds_AreUniqueAndUsedNowhereElseInTheSolution()
    {
        RegistrationSet declared = RealInputs.Registrations;
        List<Guid> ids = [declared.AssemblyId, .. declared.PluginTypes.Select(t => t.Id), .. declared.Steps.Select(s => s.Id), .. declared.Steps.SelectMany(s => s.Images.Select(i => i.Id))];
        var elsewhere = new Dictionary<Guid, string>();
        foreach (string file in Directory.EnumerateFiles(RepositoryFolders.SolutionSource, "*.xml", SearchOption.AllDirectories).Where(IsHandWritten))
        {
            string text = string.Join('\n', File.ReadAllLines(file).Where(line => !IsGeneratedRootRow(line)));
            foreach (Match match in GuidText().Matches(text))
            {
                elsewhere.TryAdd(Guid.Parse(match.Value), Path.GetRelativePath(RepositoryFolders.Root, file));
            }
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(elsewhere.Count > 100, $"only {elsewhere.Count} GUIDs found in Solution/src");
        Assert.All(ids, id => Assert.False(elsewhere.ContainsKey(id), $"{id} is declared in code and also used by {elsewhere.GetValueOrDefault(id)}"));
    }

    /// <summary>The manifest's plug-in assembly and step rows, which the generator writes from the declarations.</summary>
    private static bool IsGeneratedRootRow(string line) =>
        line.Contains("<RootComponent type=\"91\"", StringComparison.Ordinal) || line.Contains("<RootComponent type=\"92\"", StringComparison.Ordinal);

    /// <summary>Files the generator does not write; customapi.xml is hand-written except its plugintypeid, a reference to a declared type.</summary>
    private static bool IsHandWritten(string file)
    {
        string relative = Path.GetRelativePath(RepositoryFolders.SolutionSource, file);
        return !GeneratedFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal)) && Path.GetFileName(file) != "customapi.xml";
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidText();
}
