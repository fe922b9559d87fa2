using System;
using System.Collections.Generic;
using System.Linq;

namespace Crm.Renewals.Emulator.Log;

/// <summary>
/// Every request that reached the organization and every step that fired, in order, for assertions
/// ("the renewal plugin ran once, at stage 40, as the CSM") and for diagnosing a failing test. Threads calling at
/// once add to it safely; read it once they are done.
/// </summary>
public sealed class OperationLog
{
    private readonly List<RequestLogEntry> requests = [];
    private readonly List<StepLogEntry> steps = [];
    private long sequence;

    /// <summary>Requests, oldest first.</summary>
    public IReadOnlyList<RequestLogEntry> Requests => requests;

    /// <summary>Step executions, oldest first.</summary>
    public IReadOnlyList<StepLogEntry> Steps => steps;

    /// <summary>Every trace line of every step, oldest first.</summary>
    public IEnumerable<string> Traces => steps.SelectMany(step => step.Traces);

    /// <summary>Executions of steps implemented by <typeparamref name="TPlugin"/>.</summary>
    /// <typeparam name="TPlugin">The plugin class.</typeparam>
    /// <returns>The matching entries, oldest first.</returns>
    public IReadOnlyList<StepLogEntry> StepsOf<TPlugin>() => steps.Where(step => step.PluginType == typeof(TPlugin)).ToArray();

    /// <summary>Requests of one message, e.g. <c>Create</c>.</summary>
    /// <param name="messageName">Message name (case-insensitive).</param>
    /// <returns>The matching entries, oldest first.</returns>
    public IReadOnlyList<RequestLogEntry> RequestsOf(string messageName) =>
        requests.Where(request => string.Equals(request.MessageName, messageName, StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <summary>Forgets everything logged so far (e.g. after seeding, to assert on the act alone).</summary>
    public void Clear()
    {
        lock (requests)
        {
            requests.Clear();
        }

        lock (steps)
        {
            steps.Clear();
        }
    }

    /// <summary>The log as readable lines, for a failing test's output.</summary>
    /// <returns>One line per request and step, in order.</returns>
    public override string ToString() => string.Join(
        Environment.NewLine,
        requests.Select(request => (request.Sequence, Text: request.ToString()))
            .Concat(steps.Select(step => (step.Sequence, Text: "  " + step)))
            .OrderBy(line => line.Sequence)
            .Select(line => line.Text));

    internal long NextSequence() => System.Threading.Interlocked.Increment(ref sequence);

    internal void Add(RequestLogEntry entry)
    {
        lock (requests)
        {
            requests.Add(entry);
        }
    }

    internal void Add(StepLogEntry entry)
    {
        lock (steps)
        {
            steps.Add(entry);
        }
    }
}
