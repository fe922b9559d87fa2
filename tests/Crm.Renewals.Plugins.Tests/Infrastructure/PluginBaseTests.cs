using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Infrastructure;

/// <summary>The one base class: faults the user can read, traces with timing, no state between calls.</summary>
public sealed class PluginBaseTests
{
    [Fact]
    public void Execute_PluginThrowsAnUnexpectedException_CallerGetsInvalidPluginExecutionExceptionNamingThePlugin()
    {
        var org = OrganizationWith(FailingPlugin.Unexpected);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(new Entity(Account.EntityLogicalName) { [Account.Name] = "Contoso" }));

        Assert.Equal(typeof(FailingPlugin).FullName + " failed unexpectedly: the cache was empty", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Empty(org.Rows(Account.EntityLogicalName));
    }

    [Fact]
    public void Execute_PluginRefusesTheOperation_CallerGetsTheSameMessageUnwrapped()
    {
        var org = OrganizationWith(unsecureConfiguration: null);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(new Entity(Account.EntityLogicalName) { [Account.Name] = "Contoso" }));

        Assert.Equal("Health score must be 0-100.", error.Message);
        Assert.Null(error.InnerException);
    }

    // A service call the platform refuses arrives as FaultException<OrganizationServiceFault>; the caller sees the
    // platform's message and code, not "failed unexpectedly".
    [Fact]
    public void Execute_NestedCallRefusedByThePlatform_CallerGetsThePlatformsMessageAndCode()
    {
        var org = OrganizationWith(FailingPlugin.NestedRefusal);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(new Entity(Account.EntityLogicalName) { [Account.Name] = "Contoso" }));

        Assert.Equal("'contact' entity doesn't contain attribute with Name = 'crr_nosuchcolumn' and NameMapping = 'Logical'.", error.Message);
        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, error.ErrorCode);
        Assert.Empty(org.Rows(Account.EntityLogicalName));
    }

    [Fact]
    public void Execute_AnyCall_TracesEntryWithTheMessageAndExitWithTheElapsedTime()
    {
        var org = OrganizationWith(FailingPlugin.Unexpected);

        Assert.ThrowsAny<Exception>(() => org.Service.Create(new Entity(Account.EntityLogicalName) { [Account.Name] = "Contoso" }));

        var traces = org.Log.StepsOf<FailingPlugin>().Single().Traces;
        Assert.StartsWith("Entered " + typeof(FailingPlugin).FullName + ": Create of account, stage 20", traces[0], StringComparison.Ordinal);
        Assert.Equal("about to fail", traces[1]);
        Assert.Matches("^Exited .+ after [0-9]+ ms$", traces[^1]);
    }

    [Fact]
    public void Execute_WithoutServiceProvider_IsRefusedWithAMessage()
    {
        var plugin = new FailingPlugin(null, null);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => plugin.Execute(null!));

        Assert.Contains("no service provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ProviderAnswersBothContextInterfaces_ExposesTheSameCall()
    {
        var org = SolutionOrganization.Create().RegisterStep(new StepRegistration(
            Guid.NewGuid(), typeof(ContextProbePlugin), "Create", Account.EntityLogicalName, PipelineStage.PreOperation, rank: 100));

        org.Service.Create(new Entity(Account.EntityLogicalName) { [Account.Name] = "Contoso" });

        Assert.Contains("execution context: Create of account, same correlation", org.Log.StepsOf<ContextProbePlugin>().Single().Traces);
    }

    private static OrganizationEmulator OrganizationWith(string? unsecureConfiguration) =>
        SolutionOrganization.Create().RegisterStep(new StepRegistration(
            Guid.NewGuid(),
            typeof(FailingPlugin),
            "Create",
            Account.EntityLogicalName,
            PipelineStage.PreOperation,
            rank: 100)
        {
            UnsecureConfiguration = unsecureConfiguration,
        });
}
