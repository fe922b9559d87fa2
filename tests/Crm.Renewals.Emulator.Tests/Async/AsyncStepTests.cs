using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Async;

public class AsyncStepTests
{
    [Fact]
    public void AsyncStep_IsQueuedNotRunInline()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, out var behavior, ExecutionMode.Asynchronous));

        org.Service.Create(Organizations.Widget());

        Assert.Equal(0, behavior.Executions);
        Assert.Equal(1, org.PendingAsyncJobCount);
        Assert.Equal(SystemJobStatus.Waiting, org.SystemJobs.Single().Status);
    }

    [Fact]
    public void RunAsyncJobs_RunsQueuedStepWithAsynchronousContext()
    {
        var org = Organizations.New();
        IPluginExecutionContext? context = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => context = call.Context, mode: ExecutionMode.Asynchronous));
        var id = org.Service.Create(Organizations.Widget());

        var ran = org.RunAsyncJobs();

        Assert.Equal(SystemJobStatus.Succeeded, ran.Single().Status);
        Assert.Equal(1, context!.Mode);
        Assert.False(context.IsInTransaction);
        Assert.Equal(id, context.PrimaryEntityId);
        Assert.Equal(id, context.OutputParameters["id"]);
        Assert.Equal(0, org.PendingAsyncJobCount);
    }

    [Fact]
    public void AsyncStepFails_FailureIsRecordedNotThrown()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
        {
            call.Tracing.Trace("about to fail");
            throw new InvalidPluginExecutionException("mail server down");
        }, mode: ExecutionMode.Asynchronous));
        org.Service.Create(Organizations.Widget());

        var job = org.RunAsyncJobs().Single();

        Assert.Equal(SystemJobStatus.Failed, job.Status);
        Assert.Equal("mail server down", job.Error);
        Assert.Equal(["about to fail"], job.Traces);
        Assert.Single(org.Rows(Widget));
    }

    [Fact]
    public void AsyncStepAsksForRetry_RunsUpToFourTimes()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException(OperationStatus.Retry, 0, "try later"), out var behavior, ExecutionMode.Asynchronous));
        org.Service.Create(Organizations.Widget());

        var job = org.RunAsyncJobs().Single();

        Assert.Equal(4, behavior.Executions);
        Assert.Equal(4, job.Attempts);
        Assert.Equal(SystemJobStatus.Failed, job.Status);
    }

    [Fact]
    public void RolledBackOperation_QueuesNoAsyncJob()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, mode: ExecutionMode.Asynchronous))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("refused")));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        Assert.Equal(0, org.PendingAsyncJobCount);
        Assert.Empty(org.SystemJobs);
    }

    [Fact]
    public void AsyncJobQueueingMoreJobs_AllRunInOneDrain()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Service.Create(new Entity(Part) { [Name] = "Bolt" }), mode: ExecutionMode.Asynchronous))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, _ => { }, out var partStep, ExecutionMode.Asynchronous));
        org.Service.Create(Organizations.Widget());

        var ran = org.RunAsyncJobs();

        Assert.Equal(2, ran.Count);
        Assert.Equal(1, partStep.Executions);
    }

    [Fact]
    public void AsyncContext_IsASnapshotTakenAtCommit()
    {
        var org = Organizations.New();
        object? seen = null;
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call => seen = call.Target[Quantity], mode: ExecutionMode.Asynchronous));
        var id = org.Service.Create(Organizations.Widget());
        var update = new Entity(Widget, id) { [Quantity] = 1 };
        org.Service.Update(update);
        update[Quantity] = 99;
        org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 });

        org.RunAsyncJobs();

        Assert.Equal(2, seen);
        Assert.Equal(2, org.SystemJobs.Count);
    }

    [Fact]
    public void AsyncJob_RunsAtTheClockOfTheDrainButKeepsItsOperationTime()
    {
        var org = Organizations.New();
        DateTime? operationTime = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => operationTime = call.Context.OperationCreatedOn, mode: ExecutionMode.Asynchronous));
        org.Service.Create(Organizations.Widget());
        var queuedAt = org.Clock.UtcNow;
        org.Clock.AdvanceDays(1);

        var job = org.RunAsyncJobs().Single();

        Assert.Equal(queuedAt, operationTime);
        Assert.Equal(queuedAt, job.CreatedOn);
        Assert.Equal(org.Clock.UtcNow, job.CompletedOn);
    }

    [Fact]
    public void AsyncStepsTriggeringEachOther_StopAtTheLimitWithAnError()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, call => call.Service.Create(new Entity(Part) { [Name] = "Again" }), mode: ExecutionMode.Asynchronous));
        org.Service.Create(new Entity(Part) { [Name] = "First" });

        var exception = Assert.Throws<InvalidOperationException>(() => org.RunAsyncJobs(maximumJobs: 5));

        Assert.Contains("More than 5 asynchronous jobs ran in one drain", exception.Message);
    }
}
