using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Plugins.Renewals;
using Crm.Renewals.Plugins.Risk;

namespace Crm.Renewals.Plugins.Tests.Renewals;

public class RenewalRegistrationsTests
{
    [Fact]
    public void Feature_IsListedInPluginRegistrations()
    {
        Assert.All(RenewalRegistrations.Feature.Steps, step => Assert.Contains(step, PluginRegistrations.Steps));
        Assert.All(RenewalRegistrations.Feature.PluginTypes, type => Assert.Contains(type, PluginRegistrations.PluginTypes));
        Assert.All(RenewalRegistrations.Feature.CustomApis, api => Assert.Contains(api, PluginRegistrations.CustomApis));
    }

    [Fact]
    public void Feature_SweepIsTheImplementationOfGenerateRenewals()
    {
        var binding = Assert.Single(RenewalRegistrations.Feature.CustomApis);

        Assert.Equal(GenerateRenewalsApi.MessageName, binding.UniqueName);
        Assert.Equal(typeof(GenerateRenewalsPlugin), binding.PluginType);
    }

    [Fact]
    public void Feature_AccountStep_ListensToWhatTheRiskStepListensTo()
    {
        var step = RenewalRegistrations.Feature.Steps.Single(s => s.PluginType == typeof(AccountRedRenewalPlugin));

        Assert.Equal(AccountRiskColumns.Triggers, step.FilteringAttributes);
        Assert.Equal(ExecutionMode.Synchronous, step.Mode); // frequent account updates must not queue a system job each
    }

    [Fact]
    public void Feature_ClosingSteps_RunAfterTheCloseCommitsOnItsActivityAndItsStateChange()
    {
        var closing = RenewalRegistrations.Feature.Steps.Where(s => s.PluginType == typeof(RenewalClosePlugin)).ToArray();

        Assert.Equal(new[] { ("Create", "opportunityclose"), ("Update", "opportunity") }, closing.Select(s => (s.Message, s.PrimaryEntity)));
        Assert.All(closing, step => Assert.Equal((PipelineStage.PostOperation, ExecutionMode.Asynchronous), (step.Stage, step.Mode)));
    }

    [Fact]
    public void Feature_ContractValidation_RefusesBeforeTheTransaction()
    {
        var validation = RenewalRegistrations.Feature.Steps.Where(s => s.PluginType == typeof(ContractValidationPlugin)).ToArray();

        Assert.Equal(2, validation.Length);
        Assert.All(validation, step => Assert.Equal((PipelineStage.PreValidation, ExecutionMode.Synchronous), (step.Stage, step.Mode)));
    }

    [Fact]
    public void Feature_ContractValidationOnUpdate_WatchesTheTermAndTheRecordState()
    {
        var update = RenewalRegistrations.Feature.Steps.Single(s => s.PluginType == typeof(ContractValidationPlugin) && s.Message == "Update");

        Assert.Contains(CustomerContract.TermMonths, update.FilteringAttributes);
        Assert.Contains(CustomerContract.StateCode, update.FilteringAttributes);
        Assert.Contains(CustomerContract.StateCode, Assert.Single(update.Images).Attributes);
    }
}
