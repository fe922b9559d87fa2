using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Generation;

/// <summary>The committed generated parts must be what the generator makes of the current code and metadata.</summary>
public sealed class StalenessTests
{
    [Fact]
    public void GeneratedParts_OfTheRepository_AreUpToDate()
    {
        IReadOnlyList<string> stale = SolutionGenerator.FindStale(RealInputs.For(RepositoryFolders.Root));

        Assert.True(
            stale.Count == 0,
            "Generated files are stale; run tools/renewals solution generate and commit the result:\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public void FindStale_AfterAHandEditOfAGeneratedFile_NamesThatFile()
    {
        using var repository = new RepositoryCopy();
        GenerationInputs inputs = RealInputs.For(repository.Root);
        SolutionGenerator.Write(inputs);
        repository.Replace("Plugins/Crm.Renewals.Plugins/Model/RiskCategoryChoice.g.cs", "642310002", "642310009");

        IReadOnlyList<string> stale = SolutionGenerator.FindStale(inputs);

        Assert.Equal(["Plugins/Crm.Renewals.Plugins/Model/RiskCategoryChoice.g.cs (differs)"], stale);
    }

    [Fact]
    public void FindStale_WithAGeneratedFileNothingProduces_ReportsItAsNoLongerGenerated()
    {
        using var repository = new RepositoryCopy();
        GenerationInputs inputs = RealInputs.For(repository.Root);
        SolutionGenerator.Write(inputs);
        repository.Write("Plugins/Crm.Renewals.Plugins/Model/Removed.g.cs", "// left over");

        IReadOnlyList<string> stale = SolutionGenerator.FindStale(inputs);

        Assert.Equal(["Plugins/Crm.Renewals.Plugins/Model/Removed.g.cs (no longer generated)"], stale);
    }
}
