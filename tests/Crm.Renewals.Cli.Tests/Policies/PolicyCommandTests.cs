using Crm.Renewals.Cli.Commands;
using Crm.Renewals.Cli.Policies;
using Crm.Renewals.Emulator.Metadata;

namespace Crm.Renewals.Cli.Tests.Policies;

/// <summary><c>renewals policy</c>: the plugins' own parser over a file, and the values the solution ships.</summary>
public sealed class PolicyCommandTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();

    public void Dispose() => File.Delete(file);

    private (int Code, string Output) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        return (new PolicyCommand().Run(arguments, output), output.ToString());
    }

    [Fact]
    public void Check_EveryShippedDefault_IsValid()
    {
        foreach (var variable in OrganizationMetadata.ForRepositorySolution().EnvironmentVariables.Where(v => PolicyCatalog.Find(v.SchemaName) is not null))
        {
            File.WriteAllText(file, variable.DefaultValue ?? "{}");

            var (code, output) = Run("check", variable.SchemaName, file);

            Assert.Equal(0, code);
            Assert.StartsWith($"{variable.SchemaName}: valid.", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_WrongTypeAndUnknownKey_EveryProblemAsThePluginsWordItAndExitOne()
    {
        File.WriteAllText(file, "{\"redFlagsForRed\": \"two\", \"colour\": 1}");

        var (code, output) = Run("check", "crr_riskpolicy", file);

        Assert.Equal(1, code);
        Assert.Contains("crr_RiskPolicy: 2 problems; nothing of it would be used until fixed:", output, StringComparison.Ordinal);
        Assert.Contains("  crr_RiskPolicy: redFlagsForRed is a string (\"two\"); expected a whole number 2–10", output, StringComparison.Ordinal);
        Assert.Contains("  crr_RiskPolicy: unknown key \"colour\"; allowed keys are", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NotJson_SaysSo()
    {
        File.WriteAllText(file, "{ discountBands: ");

        var (code, output) = Run("check", "crr_ApprovalMatrix", file);

        Assert.Equal(1, code);
        Assert.Contains("crr_ApprovalMatrix: 1 problem", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_Variable_PrintsWhatTheSolutionShips()
    {
        var shipped = OrganizationMetadata.ForRepositorySolution().EnvironmentVariables.Single(v => v.SchemaName == "crr_RiskPolicy").DefaultValue;

        var (code, output) = Run("defaults", "crr_RiskPolicy");

        Assert.Equal(0, code);
        Assert.Equal(shipped + Environment.NewLine, output);
    }

    [Theory]
    [InlineData("check", "crr_Nothing", "x")]
    [InlineData("defaults", "crr_Nothing")]
    public void Run_UnknownVariable_ListsTheSolutionsVariables(params string[] arguments)
    {
        var (code, output) = Run(arguments);

        Assert.Equal(2, code);
        Assert.Contains("crr_Nothing is not an environment variable of the solution; use one of crr_ApprovalMatrix, crr_RenewalPolicy, crr_RiskPolicy, crr_SavePolicy.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_SaysItCannotBeRead()
    {
        var (code, output) = Run("check", "crr_RiskPolicy", Path.Combine(Path.GetTempPath(), "nothing-" + Guid.NewGuid().ToString("N") + ".json"));

        Assert.Equal(2, code);
        Assert.Contains("renewals policy: cannot read", output, StringComparison.Ordinal);
    }
}
