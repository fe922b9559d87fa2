using System;
using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Async;

/// <summary>One asynchronous step execution queued after its operation committed (a System Job in Dataverse).</summary>
public sealed class SystemJob
{
    private readonly List<string> traces = [];

    internal SystemJob(Guid id, string stepName, Type pluginType, string messageName, string entityName, Guid entityId, DateTime createdOn)
    {
        Id = id;
        StepName = stepName;
        PluginType = pluginType;
        MessageName = messageName;
        EntityName = entityName;
        EntityId = entityId;
        CreatedOn = createdOn;
    }

    /// <summary>Id of the job.</summary>
    public Guid Id { get; }

    /// <summary>The step's name.</summary>
    public string StepName { get; }

    /// <summary>The plugin class.</summary>
    public Type PluginType { get; }

    /// <summary>The message that queued it.</summary>
    public string MessageName { get; }

    /// <summary>Primary table of that message.</summary>
    public string EntityName { get; }

    /// <summary>Primary record id of that message.</summary>
    public Guid EntityId { get; }

    /// <summary>When the operation that queued it committed (emulator clock).</summary>
    public DateTime CreatedOn { get; }

    /// <summary>When it last finished (emulator clock), or null while waiting.</summary>
    public DateTime? CompletedOn { get; internal set; }

    /// <summary>Current state.</summary>
    public SystemJobStatus Status { get; internal set; }

    /// <summary>How many times it ran (a plugin may ask for retries).</summary>
    public int Attempts { get; internal set; }

    /// <summary>The error of the last failed attempt.</summary>
    public string? Error { get; internal set; }

    /// <summary>Trace lines of every attempt.</summary>
    public IReadOnlyList<string> Traces => traces;

    internal void AddTraces(IEnumerable<string> lines) => traces.AddRange(lines);

    /// <summary>An independent copy with the same state and traces, for snapshots.</summary>
    internal SystemJob Copy()
    {
        var copy = new SystemJob(Id, StepName, PluginType, MessageName, EntityName, EntityId, CreatedOn)
        {
            CompletedOn = CompletedOn,
            Status = Status,
            Attempts = Attempts,
            Error = Error,
        };
        copy.traces.AddRange(traces);
        return copy;
    }

    /// <inheritdoc />
    public override string ToString() => $"{StepName} ({MessageName} {EntityName} {EntityId:D}): {Status}{(Error is null ? string.Empty : " - " + Error)}";
}
