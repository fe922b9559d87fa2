using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>What the server writes for one save of a concession, or why it refuses it.</summary>
public sealed record ConcessionSaveOutcome
{
    /// <summary>Field problems (every one at once); the save is refused when there are any.</summary>
    public IReadOnlyList<ValidationProblem<ConcessionField>> Problems { get; init; } = Array.Empty<ValidationProblem<ConcessionField>>();

    /// <summary>Why the initiating user may not approve, when the save asked to approve; null otherwise.</summary>
    public string? ApprovalRefusal { get; init; }

    /// <summary>True when the save is refused (problems or an approval the user may not give).</summary>
    public bool IsRefused => Problems.Count > 0 || ApprovalRefusal is not null;

    /// <summary>The status to store.</summary>
    public ConcessionStatus Status { get; init; }

    /// <summary>The level the concession needs (judged on the renewal's total discount).</summary>
    public AuthorityLevel RequiredLevel { get; init; }

    /// <summary>One reason per item of the required level.</summary>
    public IReadOnlyList<string> RequiredReasons { get; init; } = Array.Empty<string>();

    /// <summary>Stamp "approved by" (the initiating user) and "approved on" (now).</summary>
    public bool StampApproval { get; init; }

    /// <summary>Clear "approved by" and "approved on".</summary>
    public bool ClearApproval { get; init; }

    /// <summary>
    /// True when the concession takes the next approval sequence of its renewal: when it is approved (the sequence is
    /// what serializes approvals on a renewal) and when it moves to another renewal (its old number means nothing there,
    /// and could be one that renewal has already given out).
    /// </summary>
    public bool TakesApprovalSequence { get; init; }

    /// <summary>The approval chain step this save adds, or null.</summary>
    public ApprovalAction? ChainAction { get; init; }

    /// <summary>The chain step's comment in plain words.</summary>
    public string Comment { get; init; } = string.Empty;
}
