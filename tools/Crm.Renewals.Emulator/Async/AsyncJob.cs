using Crm.Renewals.Emulator.Pipeline;

namespace Crm.Renewals.Emulator.Async;

/// <summary>A queued asynchronous step execution: the step, its post-commit context and its system job.</summary>
internal sealed class AsyncJob
{
    public AsyncJob(RegisteredStep step, PluginExecutionContext context, SystemJob job)
    {
        Step = step;
        Context = context;
        Job = job;
    }

    public RegisteredStep Step { get; }

    public PluginExecutionContext Context { get; }

    public SystemJob Job { get; }

    /// <summary>The same step with a deep copy of its context, recording on <paramref name="job"/> (a copy of <see cref="Job"/>).</summary>
    public AsyncJob Copy(SystemJob job) => new(Step, Context.Copy(), job);
}
