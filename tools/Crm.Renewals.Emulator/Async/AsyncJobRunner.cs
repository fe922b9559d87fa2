using System;
using System.Collections.Generic;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Async;

/// <summary>
/// Drains the asynchronous queue, including jobs queued by the jobs it runs. A failure is recorded on
/// the job, never thrown; a plugin asking for a retry (<see cref="OperationStatus.Retry"/>) runs again,
/// up to the platform's four attempts.
/// </summary>
internal sealed class AsyncJobRunner
{
    /// <summary>The platform runs a plugin that asks for a retry up to four times.</summary>
    public const int MaximumAttempts = 4;

    private readonly EmulatedOrganization organization;
    private readonly StepRunner runner;

    public AsyncJobRunner(EmulatedOrganization organization, StepRunner runner)
    {
        this.organization = organization;
        this.runner = runner;
    }

    public IReadOnlyList<SystemJob> RunAll(int maximumJobs)
    {
        var ran = new List<SystemJob>();
        while (organization.AsyncJobs.TryDequeue(out var job))
        {
            if (ran.Count == maximumJobs)
            {
                throw new InvalidOperationException(
                    "More than " + maximumJobs + " asynchronous jobs ran in one drain; asynchronous steps are probably triggering each other in a loop. Last job: " + job.Job.StepName);
            }

            Run(job);
            ran.Add(job.Job);
        }

        return ran;
    }

    private void Run(AsyncJob job)
    {
        while (true)
        {
            job.Job.Attempts++;
            var tracing = new TraceCollector();
            try
            {
                runner.Execute(job.Step.PluginType, job.Step.Name, () => job.Step.Plugin, job.Context, ExecutionMode.Asynchronous, tracing);
                job.Job.Status = SystemJobStatus.Succeeded;
                job.Job.Error = null;
                job.Job.AddTraces(tracing.Lines);
                break;
            }
            catch (Exception exception)
            {
                job.Job.Error = exception.Message;
                job.Job.Status = SystemJobStatus.Failed;
                job.Job.AddTraces(tracing.Lines);
                var retry = exception is InvalidPluginExecutionException { Status: OperationStatus.Retry } && job.Job.Attempts < MaximumAttempts;
                if (!retry)
                {
                    break;
                }
            }
        }

        job.Job.CompletedOn = organization.Clock.UtcNow;
    }
}
