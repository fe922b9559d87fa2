using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Async;

public class AsyncSnapshotTests
{
    private const string Touched = "touched";

    [Fact]
    public void Restore_AfterJobsRan_SystemJobsEqualTheSnapshots()
    {
        var (org, _) = OrganizationWithMutatingAsyncStep();
        var snapshot = org.Snapshot();
        var atSnapshot = org.SystemJobs.Select(State).ToArray();

        var ran = org.RunAsyncJobs().Single();
        org.Restore(snapshot);

        Assert.Equal(SystemJobStatus.Succeeded, ran.Status);
        Assert.Equal(atSnapshot, org.SystemJobs.Select(State));
        var restored = org.SystemJobs.Single();
        Assert.NotSame(ran, restored);
        Assert.Equal(SystemJobStatus.Waiting, restored.Status);
        Assert.Equal(0, restored.Attempts);
        Assert.Empty(restored.Traces);
        Assert.Null(restored.CompletedOn);
        Assert.Equal(1, org.PendingAsyncJobCount);
    }

    [Fact]
    public void RunAsyncJobs_AfterRestore_RunsTheJobOnceMoreFromACleanState()
    {
        var (org, seen) = OrganizationWithMutatingAsyncStep();
        var snapshot = org.Snapshot();
        org.RunAsyncJobs();
        org.Restore(snapshot);

        var job = org.RunAsyncJobs().Single();

        Assert.Same(job, org.SystemJobs.Single());
        Assert.Equal(SystemJobStatus.Succeeded, job.Status);
        Assert.Equal(1, job.Attempts);
        Assert.Equal(["ran"], job.Traces);
        Assert.Equal([("Gear", false), ("Gear", false)], seen);
        Assert.Equal(0, org.PendingAsyncJobCount);
    }

    [Fact]
    public void Restore_SameSnapshotTwice_EachRestoreStartsFromTheSnapshot()
    {
        var (org, seen) = OrganizationWithMutatingAsyncStep();
        var snapshot = org.Snapshot();

        for (var round = 0; round < 3; round++)
        {
            org.RunAsyncJobs();
            org.Restore(snapshot);
        }

        Assert.Equal(Enumerable.Repeat(("Gear", false), 3), seen);
        Assert.Equal(0, org.SystemJobs.Single().Attempts);
        Assert.Empty(org.SystemJobs.Single().Traces);
    }

    private static (Guid Id, SystemJobStatus Status, int Attempts, int Traces, DateTime? CompletedOn, string? Error) State(SystemJob job) =>
        (job.Id, job.Status, job.Attempts, job.Traces.Count, job.CompletedOn, job.Error);

    // An asynchronous step that records what it sees, then changes its Target and shared variables.
    private static (OrganizationEmulator Org, List<(string Name, bool Touched)> Seen) OrganizationWithMutatingAsyncStep()
    {
        var org = Organizations.New();
        var seen = new List<(string, bool)>();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
        {
            seen.Add(((string)call.Target[Name], call.Context.SharedVariables.ContainsKey(Touched)));
            call.Tracing.Trace("ran");
            call.Target[Name] = "Changed";
            call.Context.SharedVariables[Touched] = true;
        }, mode: ExecutionMode.Asynchronous));
        org.Service.Create(Organizations.Widget("Gear"));
        return (org, seen);
    }
}
