using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Async;

/// <summary>
/// The asynchronous jobs of an organization: those waiting, and the record of every job ever queued.
/// Running a job changes its system job and may change its context, so a captured or restored state is a
/// deep copy that shares nothing with the live queue.
/// </summary>
internal sealed class AsyncJobQueue
{
    private Queue<AsyncJob> waiting = new();
    private List<SystemJob> jobs = [];

    private readonly object sync = new();

    public int WaitingCount
    {
        get
        {
            lock (sync)
            {
                return waiting.Count;
            }
        }
    }

    /// <summary>Every job queued so far, at the moment of the call.</summary>
    public IReadOnlyList<SystemJob> Jobs
    {
        get
        {
            lock (sync)
            {
                return jobs.ToArray();
            }
        }
    }

    /// <summary>Queues the jobs of a transaction that committed (several commit at once).</summary>
    public void Enqueue(IEnumerable<AsyncJob> committed)
    {
        lock (sync)
        {
            foreach (var job in committed)
            {
                waiting.Enqueue(job);
                jobs.Add(job.Job);
            }
        }
    }

    public bool TryDequeue(out AsyncJob job)
    {
        lock (sync)
        {
            return waiting.TryDequeue(out job!);
        }
    }

    public (AsyncJob[] Waiting, SystemJob[] Jobs) Capture()
    {
        lock (sync)
        {
            return Copy(waiting.ToArray(), jobs);
        }
    }

    public void Restore((AsyncJob[] Waiting, SystemJob[] Jobs) state)
    {
        var (restoredWaiting, restoredJobs) = Copy(state.Waiting, state.Jobs);
        lock (sync)
        {
            waiting = new Queue<AsyncJob>(restoredWaiting);
            jobs = [.. restoredJobs];
        }
    }

    // A waiting job's system job is also in the job list: both must point to the same copy.
    private static (AsyncJob[] Waiting, SystemJob[] Jobs) Copy(IReadOnlyList<AsyncJob> waitingJobs, IReadOnlyList<SystemJob> systemJobs)
    {
        var copies = new Dictionary<SystemJob, SystemJob>(systemJobs.Count, ReferenceEqualityComparer.Instance);
        var jobCopies = new SystemJob[systemJobs.Count];
        for (var index = 0; index < jobCopies.Length; index++)
        {
            jobCopies[index] = systemJobs[index].Copy();
            copies[systemJobs[index]] = jobCopies[index];
        }

        var waitingCopies = new AsyncJob[waitingJobs.Count];
        for (var index = 0; index < waitingCopies.Length; index++)
        {
            var job = waitingJobs[index];
            waitingCopies[index] = job.Copy(copies.TryGetValue(job.Job, out var copy) ? copy : job.Job.Copy());
        }

        return (waitingCopies, jobCopies);
    }
}
