using System;

namespace Crm.Renewals.Emulator.Log;

/// <summary>One request that reached the organization, top-level or nested.</summary>
public sealed class RequestLogEntry
{
    internal RequestLogEntry(long sequence, string messageName, string entityName, Guid entityId, Guid userId, Guid initiatingUserId, int depth, Guid correlationId)
    {
        Sequence = sequence;
        MessageName = messageName;
        EntityName = entityName;
        EntityId = entityId;
        UserId = userId;
        InitiatingUserId = initiatingUserId;
        Depth = depth;
        CorrelationId = correlationId;
    }

    /// <summary>Order in which requests started (shared numbering with <see cref="StepLogEntry.Sequence"/>).</summary>
    public long Sequence { get; }

    /// <summary>Message name (<c>Create</c>, <c>Win</c>, a Custom API's unique name...).</summary>
    public string MessageName { get; }

    /// <summary>Primary table, or <c>none</c>.</summary>
    public string EntityName { get; internal set; }

    /// <summary>Primary record id; for Create, the new id once created.</summary>
    public Guid EntityId { get; internal set; }

    /// <summary>The user the request ran as.</summary>
    public Guid UserId { get; }

    /// <summary>The user who started the top-level operation.</summary>
    public Guid InitiatingUserId { get; }

    /// <summary>Pipeline depth: 1 for a call from outside, +1 per call made by a plugin.</summary>
    public int Depth { get; }

    /// <summary>Shared by a top-level request and every request nested in it.</summary>
    public Guid CorrelationId { get; }

    /// <summary>How it ended.</summary>
    public OperationOutcome Outcome { get; internal set; }

    /// <summary>The message of the exception it ended with, if any.</summary>
    public string? Error { get; internal set; }

    /// <summary>True when a failure later undid what this request wrote.</summary>
    public bool RolledBack { get; internal set; }

    /// <summary>Time spent, plugins included.</summary>
    public TimeSpan Duration { get; internal set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"#{Sequence} {MessageName} {EntityName} {EntityId:D} depth {Depth}: {Outcome}{(RolledBack ? " (rolled back)" : string.Empty)}{(Error is null ? string.Empty : " - " + Error)}";
}
