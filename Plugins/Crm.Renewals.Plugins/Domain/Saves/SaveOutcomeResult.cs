using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>What logging a save outcome does: refused with problems, or close the plan with its consequences.</summary>
public sealed record SaveOutcomeResult
{
    /// <summary>What to fix; when not empty nothing else applies and nothing may be written.</summary>
    public IReadOnlyList<ValidationProblem<SaveOutcomeField>> Problems { get; init; } = Array.Empty<ValidationProblem<SaveOutcomeField>>();

    /// <summary>True when the outcome is accepted: close the plan and apply the rest.</summary>
    public bool Accepted => Problems.Count == 0;

    /// <summary>The outcome logged.</summary>
    public SaveOutcome? Outcome { get; init; }

    /// <summary>Days from opening the plan to the outcome date.</summary>
    public int? TimeToSaveDays { get; init; }

    /// <summary>The saved ARR to store (0 when none was entered for an outcome that saves nothing).</summary>
    public decimal SavedArr { get; init; }

    /// <summary>End of post-save monitoring to store on the account (Saved / Partially saved only).</summary>
    public DateTime? MonitoringUntil { get; init; }

    /// <summary>Tasks to create: weekly health checks after a save, win-back tasks after a loss.</summary>
    public IReadOnlyList<PlannedTask> Tasks { get; init; } = Array.Empty<PlannedTask>();

    /// <summary>What happens, in plain words (or the problems joined).</summary>
    public string Message { get; init; } = string.Empty;
}
