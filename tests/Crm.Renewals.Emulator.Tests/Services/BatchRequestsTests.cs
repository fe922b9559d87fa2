using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Services;

/// <summary>ExecuteMultiple: each request its own call and transaction, faults in their items, the batch checked first.</summary>
public class BatchRequestsTests
{
    private const int IsvAborted = unchecked((int)0x80040265);
    private const int InvalidArgument = unchecked((int)0x80040203);

    [Fact]
    public void ExecuteMultiple_ContinueOnErrorWithResponses_RunsEveryRequestAndReportsTheRefusedOne()
    {
        var org = RefusingBolts();

        var response = Run(org, new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true }, "Gear", "Bolt", "Nut");

        Assert.True(response.IsFaulted);
        Assert.Equal(new[] { 0, 1, 2 }, response.Responses.Select(item => item.RequestIndex));
        Assert.IsType<CreateResponse>(response.Responses[0].Response);
        Assert.Equal(IsvAborted, response.Responses[1].Fault.ErrorCode);
        Assert.Equal("No bolts.", response.Responses[1].Fault.Message);
        Assert.Equal(new[] { "Gear", "Nut" }, org.Rows(Widget).Select(row => (string)row[Name]).Order());
    }

    // Each request commits on its own: the one before the fault stays, the ones after it never run.
    [Fact]
    public void ExecuteMultiple_StopOnError_KeepsEarlierRequestsAndRunsNoLaterOne()
    {
        var org = RefusingBolts();

        var response = Run(org, new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = true }, "Gear", "Bolt", "Nut");

        Assert.Equal(new[] { 0, 1 }, response.Responses.Select(item => item.RequestIndex));
        Assert.Equal("Gear", Assert.Single(org.Rows(Widget))[Name]);
    }

    [Fact]
    public void ExecuteMultiple_WithoutResponses_ReturnsOnlyFaults()
    {
        var org = RefusingBolts();

        var response = Run(org, new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false }, "Gear", "Bolt");

        var item = Assert.Single(response.Responses);
        Assert.Equal(1, item.RequestIndex);
        Assert.Null(item.Response);
    }

    [Fact]
    public void ExecuteMultiple_MoreThanTheBatchLimit_RefusedWholeWithTheLimitInItsDetails()
    {
        var org = Organizations.New();
        var names = Enumerable.Range(0, 1001).Select(i => "Widget " + i).ToArray();

        var fault = Organizations.Fault(() => Run(org, new ExecuteMultipleSettings(), names));

        Assert.Equal(InvalidArgument, fault.ErrorCode);
        Assert.Equal(1000, fault.ToServiceFault().ErrorDetails["MaxBatchSize"]);
        Assert.Contains("1001 requests", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.Rows(Widget));
    }

    [Fact]
    public void ExecuteMultiple_Nested_RefusedBeforeAnyRequestRuns()
    {
        var org = Organizations.New();
        var inner = Batch(new ExecuteMultipleSettings(), "Inner");
        var outer = Batch(new ExecuteMultipleSettings(), "Gear");
        outer.Requests.Add(inner);

        var fault = Organizations.Fault(() => org.Service.Execute(outer));

        Assert.Equal("Request 1 of the batch is an ExecuteMultiple; batches cannot be nested.", fault.Message);
        Assert.Empty(org.Rows(Widget));
    }

    [Fact]
    public void ExecuteMultiple_WithoutSettings_RefusedSayingWhatToSet()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Execute(new ExecuteMultipleRequest { Requests = new OrganizationRequestCollection() }));

        Assert.Equal("ExecuteMultiple needs Settings: set ContinueOnError and ReturnResponses in an ExecuteMultipleSettings.", fault.Message);
    }

    // From a plugin the requests join its transaction: when the plugin then fails, the batch's writes go too.
    [Fact]
    public void ExecuteMultiple_FromAPluginThatThenFails_RolledBackWithThePlugin()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, call =>
        {
            call.Service.Execute(Batch(new ExecuteMultipleSettings { ReturnResponses = true }, "Gear", "Nut"));
            throw new InvalidPluginExecutionException("changed my mind");
        }));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(new Entity(Part) { [Name] = "Bolt" }));

        Assert.Empty(org.Rows(Widget));
        Assert.Empty(org.Rows(Part));
    }

    private static OrganizationEmulator RefusingBolts()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, call =>
        {
            if ((string)call.Target[Name] == "Bolt")
            {
                throw new InvalidPluginExecutionException("No bolts.");
            }
        }));
        return org;
    }

    private static ExecuteMultipleResponse Run(OrganizationEmulator org, ExecuteMultipleSettings settings, params string[] names) =>
        (ExecuteMultipleResponse)org.Service.Execute(Batch(settings, names));

    private static ExecuteMultipleRequest Batch(ExecuteMultipleSettings settings, params string[] names)
    {
        var requests = new OrganizationRequestCollection();
        requests.AddRange(names.Select(name => new CreateRequest { Target = Organizations.Widget(name) }));
        return new ExecuteMultipleRequest { Settings = settings, Requests = requests };
    }
}
