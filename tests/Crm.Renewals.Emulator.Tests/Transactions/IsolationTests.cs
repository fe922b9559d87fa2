using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Transactions;

/// <summary>
/// Calls on several threads at once: each top-level call is a transaction that others see only once it commits, and
/// its writes hold row and key locks to its end. A "held" call is stopped inside its transaction (after its write, in a
/// PostOperation step) until the test lets it go, so the overlap is staged, not left to timing.
/// </summary>
public sealed class IsolationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public void Read_WhileAnotherCallHoldsAnUncommittedWrite_SeesTheCommittedVersion()
    {
        var (org, hold) = Held(Create: false);
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });

        var writer = hold.Run(() => org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 }));
        var duringRetrieve = org.Service.Retrieve(Widget, id, new ColumnSet(Quantity))[Quantity];
        var duringQuery = org.Service.RetrieveMultiple(new QueryExpression(Widget) { ColumnSet = new ColumnSet(Quantity) }).Entities.Single()[Quantity];
        hold.Release();
        Assert.True(Done(writer));

        Assert.Equal(1, duringRetrieve);
        Assert.Equal(1, duringQuery);
        Assert.Equal(2, org.Find(Widget, id)![Quantity]);
    }

    [Fact]
    public void Update_OfARowAnotherCallLocked_WaitsForItsCommitAndKeepsBothChanges()
    {
        var (org, hold) = Held(Create: false);
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });

        var first = hold.Run(() => org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 }));
        var second = OnItsOwnThread(() => org.Service.Update(new Entity(Widget, id) { [Name] = "Cog" }));
        var waited = Waits(org);
        hold.Release();

        Assert.True(Done(first, second));
        Assert.True(waited, "the second update must wait for the first one's lock");
        var row = org.Find(Widget, id)!;
        Assert.Equal(2, row[Quantity]);
        Assert.Equal("Cog", row[Name]);
    }

    [Fact]
    public void TwoCallsLockingTwoRowsInOppositeOrder_OneIsTheDeadlockVictim_TheOtherCommits()
    {
        var org = Organizations.New();
        var gear = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });
        var cog = org.Service.Create(new Entity(Widget) { [Name] = "Cog", [Quantity] = 1 });
        using var bothLocked = new Barrier(2);

        // Each call locks its own widget, waits until the other has locked the other one, then writes the other.
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call =>
        {
            Assert.True(bothLocked.SignalAndWait(Patience));
            call.Service.Update(new Entity(Widget, call.Context.PrimaryEntityId == gear ? cog : gear) { [Name] = "touched" });
        }, filteringAttributes: [Quantity]));

        var outcomes = new[] { (Id: gear, Quantity: 10), (Id: cog, Quantity: 20) }
            .Select(change => OnItsOwnThread(() => Outcome(() => org.Service.Update(new Entity(Widget, change.Id) { [Quantity] = change.Quantity }))))
            .ToArray();

        Assert.True(Done(outcomes), "a deadlock must end with a victim, not hang");
        var messages = outcomes.Select(ResultOf).ToArray();
        var failures = messages.Where(message => message is not null).ToArray();
        var failure = Assert.Single(failures);
        Assert.Contains("deadlock victim", failure, StringComparison.Ordinal);
        var winner = messages[0] is null ? (Mine: gear, Other: cog, Quantity: 10) : (Mine: cog, Other: gear, Quantity: 20);
        Assert.Equal(winner.Quantity, org.Find(Widget, winner.Mine)![Quantity]);
        Assert.Equal("touched", org.Find(Widget, winner.Other)![Name]);
        Assert.Equal(1, org.Find(Widget, winner.Other)![Quantity]);
    }

    [Fact]
    public void CreateWithAKeyValueAnotherCallHolds_WaitsThenFindsTheKeyTaken()
    {
        var (org, hold) = Held(Create: true);

        var first = hold.Run(() => org.Service.Create(new Entity(Widget) { [Name] = "First", [Code] = "W-1" }));
        var second = OnItsOwnThread(() => Outcome(() => org.Service.Create(new Entity(Widget) { [Name] = "Second", [Code] = "w-1" })));
        var waited = Waits(org);
        hold.Release();

        Assert.True(Done(first, second));
        Assert.True(waited, "the second create must wait for the key the first one holds");
        Assert.Contains("already exists", ResultOf(second), StringComparison.Ordinal);
        Assert.Equal("First", Assert.Single(org.Rows(Widget))[Name]);
    }

    [Fact]
    public void CreateWithAKeyValueAnotherCallHolds_TheOtherRollsBack_TheCreateSucceeds()
    {
        var (org, hold) = Held(Create: true, thenThrow: true);

        var first = hold.Run(() => Outcome(() => org.Service.Create(new Entity(Widget) { [Name] = "First", [Code] = "W-1" })));
        var second = OnItsOwnThread(() => Outcome(() => org.Service.Create(new Entity(Widget) { [Name] = "Second", [Code] = "W-1" })));
        hold.Release();

        Assert.True(Done(first, second));
        Assert.NotNull(ResultOf(first));
        Assert.Null(ResultOf(second));
        Assert.Equal("Second", Assert.Single(org.Rows(Widget))[Name]);
    }

    [Fact]
    public void Update_OfARowLockedLongerThanTheLockTimeout_FailsWithASqlTimeout()
    {
        var (org, hold) = Held(Create: false);
        org.LockTimeout = TimeSpan.FromMilliseconds(200);
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });

        var first = hold.Run(() => org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 }));
        var timedOut = Organizations.Fault(() => org.Service.Update(new Entity(Widget, id) { [Name] = "Cog" }));
        hold.Release();

        Assert.True(Done(first));
        Assert.Equal(ErrorCodes.SqlTimeout, timedOut.ErrorCode);
        Assert.Equal("Gear", org.Find(Widget, id)![Name]);
        Assert.Equal(2, org.Find(Widget, id)![Quantity]);
    }

    // Dataverse caches one instance of a step's plugin and runs it on several threads at once.
    [Fact]
    public void OneStep_CalledOnTwoThreadsAtOnce_RunsOneSharedInstanceConcurrently()
    {
        var org = Organizations.New();
        using var bothInside = new Barrier(2);
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ =>
        {
            Assert.True(bothInside.SignalAndWait(Patience), "the second call must run while the first is inside the plugin");
        }, out var behavior));

        var creates = new[] { "Gear", "Cog" }.Select(name => OnItsOwnThread(() => org.Service.Create(new Entity(Widget) { [Name] = name }))).ToArray();

        Assert.True(Done(creates));
        Assert.Equal(1, behavior.Constructions);
        Assert.Equal(2, behavior.Executions);
        Assert.Equal(2, org.Rows(Widget).Count);
    }

    [Fact]
    public void LockTimeout_NotPositive_IsRefused()
    {
        var org = Organizations.New();

        Assert.Throws<ArgumentOutOfRangeException>(() => org.LockTimeout = TimeSpan.Zero);
    }

    private static bool Done(params Task[] tasks) => Task.WaitAll(tasks, Patience);

    // A thread of its own: the pool may be slow to add one while the held call occupies another.
    private static Task<T> OnItsOwnThread<T>(Func<T> call) => Task.Factory.StartNew(call, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static Task OnItsOwnThread(Action call) => Task.Factory.StartNew(call, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    // True once the call blocks on a lock another call holds.
    private static bool Waits(OrganizationEmulator org) => SpinWait.SpinUntil(() => org.CallsWaitingForLocks == 1, Patience);

    private static string? ResultOf(Task<string?> task) => task.Result;

    private static string? Outcome(Action call)
    {
        try
        {
            call();
            return null;
        }
        catch (Exception exception)
        {
            return exception.Message;
        }
    }

    // An organization whose widget Create or Update stops in PostOperation, the write done and locked, until released.
    private static (OrganizationEmulator Org, Hold Hold) Held(bool Create, bool thenThrow = false)
    {
        var org = Organizations.New();
        var hold = new Hold(thenThrow);
        org.RegisterStep(Steps.On(Create ? "Create" : "Update", Widget, PipelineStage.PostOperation, _ => hold.Pause(), filteringAttributes: Create ? null : [Quantity]));
        return (org, hold);
    }

    private sealed class Hold(bool thenThrow)
    {
        private readonly ManualResetEventSlim reached = new();
        private readonly ManualResetEventSlim released = new();
        private int entered;

        // Starts the call that will be held and returns once it is stopped inside its transaction.
        public Task Run(Action call) => Run(() =>
        {
            call();
            return (string?)null;
        });

        public Task<string?> Run(Func<string?> call)
        {
            var task = OnItsOwnThread(call);
            Assert.True(reached.Wait(Patience), "the held call never reached its step");
            return task;
        }

        public void Release() => released.Set();

        public void Pause()
        {
            // Only the first call is held; calls the test makes afterwards pass straight through.
            if (Interlocked.Increment(ref entered) != 1)
            {
                return;
            }

            reached.Set();
            Assert.True(released.Wait(Patience));
            if (thenThrow)
            {
                throw new InvalidPluginExecutionException("The held call gives up.");
            }
        }
    }
}
