using Crm.Renewals.Cli.Verify;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Cli.Tests.Verify;

/// <summary>The fuzzing's judge: it must tell a clear refusal from a crash or a message that names nothing, and count accepted inputs without letting them change what the next input meets.</summary>
public sealed class FuzzRunnerTests
{
    private static FuzzCase RiskChangeCase(string description, Entity row) =>
        new("Create crr_riskchange", description, new CreateRequest { Target = row }, [RiskChange.EntityLogicalName, RiskChange.Reasons]);

    private static Entity Row(string reasons) => new(RiskChange.EntityLogicalName) { [RiskChange.Name] = "Fuzzed", [RiskChange.Reasons] = reasons };

    private static OrganizationEmulator WithStep(Type plugin) =>
        OrganizationEmulator.ForSolution().RegisterStep(new StepRegistration(Guid.NewGuid(), plugin, "Create", RiskChange.EntityLogicalName, PipelineStage.PreValidation));

    [Fact]
    public void Run_PluginCrashes_CountedUnclearWithTheInputAsAnExample()
    {
        var org = WithStep(typeof(CrashingPlugin));

        var report = new FuzzRunner(org, org.Service).Run([RiskChangeCase("a crash", Row("x"))]);

        Assert.Equal(1, report.Unclear);
        Assert.Equal(0, report.ClearRefusals);
        Assert.Contains("a crash -> InvalidPluginExecutionException:", Assert.Single(report.Examples), StringComparison.Ordinal);
        Assert.Contains("failed unexpectedly", report.Examples[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RefusalNamingNothing_CountedUnclear()
    {
        var org = WithStep(typeof(VagueRefusalPlugin));

        var report = new FuzzRunner(org, org.Service).Run([RiskChangeCase("vague", Row("x"))]);

        Assert.Equal(1, report.Unclear);
    }

    [Fact]
    public void Run_RefusalNamingTheColumn_CountedClear()
    {
        var org = WithStep(typeof(ClearRefusalPlugin));

        var report = new FuzzRunner(org, org.Service).Run([RiskChangeCase("clear", Row("x"))]);

        Assert.Equal(1, report.ClearRefusals);
        Assert.Equal(0, report.Unclear);
    }

    // An accepted input is undone, so the second input meets the organization the first one met.
    [Fact]
    public void Run_AcceptedInputs_AreUndoneBeforeTheNext()
    {
        var org = OrganizationEmulator.ForSolution();
        string before = org.Snapshot().RowsFingerprint;

        var report = new FuzzRunner(org, org.Service).Run([RiskChangeCase("one", Row("a")), RiskChangeCase("two", Row("b"))]);

        Assert.Equal(2, report.Accepted);
        Assert.Equal(before, org.Snapshot().RowsFingerprint);
        Assert.Empty(org.Rows(RiskChange.EntityLogicalName));
    }
}
