using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Emulator.Log;

/// <summary>One execution of a plugin step (or of a Custom API's main operation at stage 30).</summary>
public sealed class StepLogEntry
{
    internal StepLogEntry(long sequence, string stepName, Type pluginType, string messageName, string entityName, Guid entityId, int stage, ExecutionMode mode, int depth, IReadOnlyList<string> traces)
    {
        Sequence = sequence;
        StepName = stepName;
        PluginType = pluginType;
        MessageName = messageName;
        EntityName = entityName;
        EntityId = entityId;
        Stage = stage;
        Mode = mode;
        Depth = depth;
        Traces = traces;
    }

    /// <summary>Order of execution (shared numbering with <see cref="RequestLogEntry.Sequence"/>).</summary>
    public long Sequence { get; }

    /// <summary>The step's name, e.g. <c>Ns.Plugin: Update of account</c>.</summary>
    public string StepName { get; }

    /// <summary>The plugin class.</summary>
    public Type PluginType { get; }

    /// <summary>Message name.</summary>
    public string MessageName { get; }

    /// <summary>Primary table, or <c>none</c>.</summary>
    public string EntityName { get; }

    /// <summary>Primary record id.</summary>
    public Guid EntityId { get; }

    /// <summary>Stage: 10, 20, 30 or 40.</summary>
    public int Stage { get; }

    /// <summary>Synchronous, or asynchronous (run when the async queue was drained).</summary>
    public ExecutionMode Mode { get; }

    /// <summary>Pipeline depth of the execution.</summary>
    public int Depth { get; }

    /// <summary>Lines the plugin wrote to its <c>ITracingService</c>.</summary>
    public IReadOnlyList<string> Traces { get; }

    /// <summary>How it ended.</summary>
    public OperationOutcome Outcome { get; internal set; }

    /// <summary>The message of the exception it ended with, if any.</summary>
    public string? Error { get; internal set; }

    /// <summary>Time spent in the plugin, nested calls included.</summary>
    public TimeSpan Duration { get; internal set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"#{Sequence} {StepName} stage {Stage} {Mode} depth {Depth}: {Outcome} in {Duration.TotalMilliseconds:0.###} ms{(Error is null ? string.Empty : " - " + Error)}";
}
