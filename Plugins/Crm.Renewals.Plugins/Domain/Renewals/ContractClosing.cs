using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>The contract changes that follow a renewal being won or lost.</summary>
public sealed record ContractClosing
{
    /// <summary>Apply, already recorded, or refused.</summary>
    public ContractClosingOutcome Outcome { get; init; }

    /// <summary>What happens, in plain words.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>The contract's status after the close (Active when won, Churned when lost).</summary>
    public ContractStatus? NewStatus { get; init; }

    /// <summary>Start of the next term (won only).</summary>
    public DateTime? NextStartDate { get; init; }

    /// <summary>End of the next term (won only): the key of the next renewal cycle.</summary>
    public DateTime? NextEndDate { get; init; }

    /// <summary>Tasks to create (win-back tasks when lost).</summary>
    public IReadOnlyList<PlannedTask> Tasks { get; init; } = Array.Empty<PlannedTask>();

    /// <summary>What to fix, when refused.</summary>
    public IReadOnlyList<ValidationProblem<RenewalField>> Problems { get; init; } = Array.Empty<ValidationProblem<RenewalField>>();
}
