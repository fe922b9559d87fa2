using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Async;

/// <summary>The asynchronous jobs of an organization: those waiting, and the record of every job ever queued.</summary>
internal sealed class AsyncJobQueue
{
    private Queue<AsyncJob> waiting = new();
    private List<SystemJob> jobs = [];

    public int WaitingCount => waiting.Count;

    public IReadOnlyList<SystemJob> Jobs => jobs;

    public void Enqueue(IEnumerable<AsyncJob> committed)
    {
        foreach (var job in committed)
        {
            waiting.Enqueue(job);
            jobs.Add(job.Job);
        }
    }

    public bool TryDequeue(out AsyncJob job) => waiting.TryDequeue(out job!);

    public (AsyncJob[] Waiting, SystemJob[] Jobs) Capture() => (waiting.ToArray(), jobs.ToArray());

    public void Restore((AsyncJob[] Waiting, SystemJob[] Jobs) state)
    {
        waiting = new Queue<AsyncJob>(state.Waiting);
        jobs = [.. state.Jobs];
    }
}
