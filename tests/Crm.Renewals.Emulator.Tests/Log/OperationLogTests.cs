using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Log;

public class OperationLogTests
{
    [Fact]
    public void Request_IsLoggedWithMessageTableIdCallerDepthAndOutcome()
    {
        var org = Organizations.New();
        var user = org.Users.CreateUser("Ada Lovelace");

        var id = org.ServiceFor(user).Create(Organizations.Widget());

        var request = org.Log.Requests.Single();
        Assert.Equal(("Create", Widget, id, user.Id, 1, OperationOutcome.Succeeded), (request.MessageName, request.EntityName, request.EntityId, request.UserId, request.Depth, request.Outcome));
        Assert.False(request.RolledBack);
    }

    [Fact]
    public void FailedRequest_IsLoggedWithItsError()
    {
        var org = Organizations.New();

        Organizations.Fault(() => org.Service.Create(new Entity(Widget) { ["test_nope"] = 1 }));

        var request = org.Log.Requests.Single();
        Assert.Equal(OperationOutcome.Failed, request.Outcome);
        Assert.Contains("test_nope", request.Error);
    }

    [Fact]
    public void Step_IsLoggedWithPluginStageModeDurationAndTraces()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Tracing.Trace("widget {0} created", call.Context.PrimaryEntityId)));

        var id = org.Service.Create(Organizations.Widget());

        var step = org.Log.StepsOf<DelegatePlugin>().Single();
        Assert.Equal((40, ExecutionMode.Synchronous, 1, OperationOutcome.Succeeded), (step.Stage, step.Mode, step.Depth, step.Outcome));
        Assert.Equal([$"widget {id} created"], step.Traces);
        Assert.True(step.Duration > TimeSpan.Zero, "a step that ran took some time");
        Assert.Contains("DelegatePlugin: Create of test_widget", step.StepName);
    }

    [Fact]
    public void TraceWithoutArguments_IsTakenLiterally()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Tracing.Trace("json {\"a\":1}")));

        org.Service.Create(Organizations.Widget());

        Assert.Equal(["json {\"a\":1}"], org.Log.Traces);
    }

    [Fact]
    public void FailedStep_IsLoggedWithItsError()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ => throw new InvalidPluginExecutionException("refused")));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        var step = org.Log.Steps.Single();
        Assert.Equal((OperationOutcome.Failed, "refused"), (step.Outcome, step.Error));
    }

    [Fact]
    public void NestedRequests_AreLoggedInOrderWithTheirDepth()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Service.Create(new Entity(Part) { [Name] = "Bolt" })));

        org.Service.Create(Organizations.Widget());

        Assert.Equal([("Create", Widget, 1), ("Create", Part, 2)], org.Log.Requests.Select(request => (request.MessageName, request.EntityName, request.Depth)));
        Assert.Equal(org.Log.Requests[0].CorrelationId, org.Log.Requests[1].CorrelationId);
    }

    [Fact]
    public void Clear_ForgetsEverything()
    {
        var org = Organizations.New();
        org.Service.Create(Organizations.Widget());

        org.Log.Clear();

        Assert.Empty(org.Log.Requests);
        Assert.Empty(org.Log.Steps);
    }

    [Fact]
    public void ToString_ListsRequestsAndIndentedStepsInOrder()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }));
        org.Service.Create(Organizations.Widget());

        var lines = org.Log.ToString().Split(Environment.NewLine);

        Assert.StartsWith("#1 Create test_widget", lines[0]);
        Assert.StartsWith("  #2 ", lines[1]);
        Assert.Contains("stage 40 Synchronous", lines[1]);
    }

    [Fact]
    public void RequestsOf_FiltersByMessage()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        org.Service.Update(new Entity(Widget, id) { [Quantity] = 1 });

        Assert.Single(org.Log.RequestsOf("update"));
    }
}
