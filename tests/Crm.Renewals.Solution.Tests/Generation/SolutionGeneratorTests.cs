using System.Xml.Linq;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Generation.Steps;
using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Tests.Generation;

/// <summary>The generator with zero and with N declared steps, on a copy of the repository.</summary>
public sealed class SolutionGeneratorTests
{
    private const string Manifest = "Solution/src/Other/Solution.xml";
    private const string BoundApiFile = "Solution/src/customapis/crr_GenerateRenewals/customapi.xml";
    private const string AssemblyData = "Solution/src/PluginAssemblies/CrmRenewalsSolutionTests-0B0C6F1E-2A3D-4E5F-8A9B-0C1D2E3F4A5B/CrmRenewalsSolutionTests.dll.data.xml";
    private static readonly string[] PluginRows = ["<RootComponent type=\"91\"", "<RootComponent type=\"92\""];

    private const string CreateStepFile = "Solution/src/SdkMessageProcessingSteps/{2a2b3c4d-0001-4000-8000-000000000001}.xml";

    [Fact]
    public void Plan_WithZeroDeclarations_HasNoAssemblyNoStepsAndLeavesTheManifestAlone()
    {
        using var repository = new RepositoryCopy();

        GenerationPlan plan = SolutionGenerator.Plan(Inputs(repository, RegistrationSet.Empty(FakeRegistrations.AssemblyId)));

        Assert.DoesNotContain(plan.Files, f => f.RelativePath.Contains("/PluginAssemblies/", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Files, f => f.RelativePath.Contains("/SdkMessageProcessingSteps/", StringComparison.Ordinal));
        Assert.Equal(RemoveLines(repository.Read(Manifest), PluginRows), plan.Files.Single(f => f.RelativePath == Manifest).Content);
        Assert.All(plan.Files.Where(f => f.RelativePath.EndsWith("/customapi.xml", StringComparison.Ordinal)), f => Assert.DoesNotContain("<plugintypeid", f.Content, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_WithSteps_WritesAssemblyStepsRootRowsAndTheBoundPluginType()
    {
        using var repository = new RepositoryCopy();
        string manifestBefore = repository.Read(Manifest);

        SolutionGenerator.Write(Inputs(repository, FakeRegistrations.Packable()));

        Assert.True(File.Exists(repository.Full(AssemblyData)));
        Assert.True(File.Exists(repository.Full(CreateStepFile)));
        XElement[] rows = XDocument.Parse(repository.Read(Manifest)).Descendants("RootComponent").ToArray();
        Assert.Equal(["91", "92", "92"], rows[^3..].Select(r => (string)r.Attribute("type")!));
        Assert.Equal("{0b0c6f1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b}", (string)rows[^3].Attribute("id")!);
        Assert.Equal(RemoveLines(manifestBefore, PluginRows), RemoveLines(repository.Read(Manifest), PluginRows));
        CustomApiModel api = SolutionReader.Read(repository.SolutionSource).CustomApis.Single(a => a.UniqueName == FakeRegistrations.BoundApi);
        Assert.Equal(FakeRegistrations.GenerateRenewalsPluginId, api.PluginTypeId);
    }

    [Fact]
    public void Write_Twice_ChangesNothingTheSecondTime()
    {
        using var repository = new RepositoryCopy();
        GenerationInputs inputs = Inputs(repository, FakeRegistrations.Packable());
        SolutionGenerator.Write(inputs);

        IReadOnlyList<string> second = SolutionGenerator.Write(inputs);

        Assert.Empty(second);
        Assert.Empty(SolutionGenerator.FindStale(inputs));
    }

    [Fact]
    public void Write_AfterAllStepsAreRemoved_DeletesTheirFilesRowsAndTheAssemblyFolder()
    {
        using var repository = new RepositoryCopy();
        string manifestBefore = repository.Read(Manifest);
        SolutionGenerator.Write(Inputs(repository, FakeRegistrations.Packable()));

        IReadOnlyList<string> changed = SolutionGenerator.Write(Inputs(repository, RegistrationSet.Empty(FakeRegistrations.AssemblyId)));

        Assert.Contains(CreateStepFile, changed);
        Assert.False(File.Exists(repository.Full(CreateStepFile)));
        Assert.False(Directory.Exists(Path.GetDirectoryName(repository.Full(AssemblyData))));
        Assert.Empty(Directory.GetFiles(repository.Full("Solution/src/SdkMessageProcessingSteps"), "*.xml"));
        Assert.Equal(RemoveLines(manifestBefore, PluginRows), repository.Read(Manifest));
        Assert.DoesNotContain("<plugintypeid", repository.Read(BoundApiFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithSteps_KeepsTheSolutionReadableAndEveryGeneratedXmlWellFormed()
    {
        using var repository = new RepositoryCopy();

        SolutionGenerator.Write(Inputs(repository, FakeRegistrations.Packable()));

        SolutionModel model = SolutionReader.Read(repository.SolutionSource);
        Assert.NotEmpty(model.Tables);
        string[] generated = Directory.GetFiles(repository.SolutionSource, "*.xml", SearchOption.AllDirectories)
            .Where(f => f.Contains("PluginAssemblies", StringComparison.Ordinal) || f.Contains("SdkMessageProcessingSteps", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(3, generated.Length);
        Assert.All(generated, file => XDocument.Load(file));
    }

    // A step file must name its message by id: a message the generator does not know is refused, never left out quietly.
    [Fact]
    public void Plan_WithAStepOnAMessageWithoutAKnownId_FailsNamingTheStepAndTheMessage()
    {
        using var repository = new RepositoryCopy();
        GenerationInputs inputs = Inputs(repository, FakeRegistrations.Packable(FakeRegistrations.WinStep));

        var failure = Assert.Throws<GenerationException>(() => SolutionGenerator.Plan(inputs));

        Assert.Contains(FakeRegistrations.WinStepId.ToString(), failure.Message, StringComparison.Ordinal);
        Assert.Contains("message Win", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("undeclared plugin type", "Nope.Plugin is not in PluginRegistrations.PluginTypes")]
    [InlineData("unknown table", "table crr_nothing is neither in Solution/src nor among the platform tables")]
    [InlineData("unknown filtering column", "account has no column crr_nothing")]
    [InlineData("asynchronous before the operation", "an asynchronous step must run at stage 40")]
    [InlineData("post-image before the operation", "a post-image exists only at stage 40")]
    [InlineData("reused id", "reuses id")]
    [InlineData("unknown custom api", "Solution/src/customapis has no crr_Nothing")]
    public void Write_WithAnInconsistentDeclaration_FailsNamingItAndWritesNothing(string problem, string expected)
    {
        using var repository = new RepositoryCopy();
        string manifestBefore = repository.Read(Manifest);

        var failure = Assert.Throws<GenerationException>(() => SolutionGenerator.Write(Inputs(repository, Broken(problem))));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
        Assert.Equal(manifestBefore, repository.Read(Manifest));
        Assert.False(File.Exists(repository.Full(CreateStepFile)));
    }

    private static RegistrationSet Broken(string problem)
    {
        RegistrationSet valid = FakeRegistrations.Packable();
        StepDeclaration update = FakeRegistrations.UpdateStep;
        return problem switch
        {
            "undeclared plugin type" => valid with { Steps = [update with { PluginTypeFullName = "Nope.Plugin" }] },
            "unknown table" => valid with { Steps = [update with { PrimaryEntity = "crr_nothing", FilteringAttributes = [], Images = [] }] },
            "unknown filtering column" => valid with { Steps = [update with { FilteringAttributes = ["crr_nothing"] }] },
            "asynchronous before the operation" => valid with { Steps = [update with { Mode = 1 }] },
            "post-image before the operation" => valid with { Steps = [update with { Images = [new StepImageDeclaration(FakeRegistrations.PostImageId, "PostImage", 1, [])] }] },
            "reused id" => valid with { Steps = [update with { Id = FakeRegistrations.AccountPluginId }] },
            "unknown custom api" => valid with { CustomApis = [new CustomApiBindingDeclaration("crr_Nothing", FakeRegistrations.AccountPlugin)] },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "no such case"),
        };
    }

    private static GenerationInputs Inputs(RepositoryCopy repository, RegistrationSet registrations) =>
        new(repository.Root, registrations, FakeRegistrations.TestAssembly);

    private static string RemoveLines(string text, string[] markers) =>
        string.Join('\n', text.Split('\n').Where(line => !markers.Any(m => line.Contains(m, StringComparison.Ordinal))));
}
