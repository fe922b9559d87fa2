namespace Crm.Renewals.Plugins.Tests.Concurrency;

/// <summary>Where <see cref="HoldPlugin"/> stops the first call: reached once it waits, released by the test.</summary>
public sealed class Hold
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ManualResetEventSlim reached = new();
    private readonly ManualResetEventSlim released = new();
    private int entered;

    /// <summary>Starts <paramref name="call"/> on its own thread and returns once it waits in the step.</summary>
    public System.Threading.Tasks.Task Start(Action call)
    {
        var task = System.Threading.Tasks.Task.Factory.StartNew(call, System.Threading.Tasks.TaskCreationOptions.LongRunning);
        if (!reached.Wait(Patience))
        {
            throw new TimeoutException("The held call never reached its step.");
        }

        return task;
    }

    public void Release() => released.Set();

    public void Pause()
    {
        // Only the first call is held; the calls after it pass straight through.
        if (Interlocked.Increment(ref entered) != 1)
        {
            return;
        }

        reached.Set();
        if (!released.Wait(Patience))
        {
            throw new TimeoutException("The test never released the held call.");
        }
    }
}
