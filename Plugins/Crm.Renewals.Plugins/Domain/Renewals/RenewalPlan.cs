using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Tasks;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>Everything the renewal opportunity and its tasks are created from.</summary>
public sealed record RenewalPlan
{
    /// <summary>End of the contract term being renewed: with the contract, the key of "exactly one renewal per term".</summary>
    public DateTime TermEndDate { get; init; }

    /// <summary>The day the renewal became due (end date − lead time).</summary>
    public DateTime DueDate { get; init; }

    /// <summary>The lead time applied, in days.</summary>
    public int LeadTimeDays { get; init; }

    /// <summary>Estimated close date: the contract's end date.</summary>
    public DateTime EstimatedCloseDate { get; init; }

    /// <summary>Estimated revenue: ARR × (1 + uplift), rounded to cents.</summary>
    public decimal EstimatedRevenue { get; init; }

    /// <summary>The account's risk category carried onto the opportunity (null when never evaluated).</summary>
    public RiskCategory? Category { get; init; }

    /// <summary>The renewal strategy for that category.</summary>
    public RenewalStrategy Strategy { get; init; }

    /// <summary>Who owns the opportunity and its tasks, and why.</summary>
    public OwnerDecision Owner { get; init; } = null!;

    /// <summary>The tasks to create, immediate ones first.</summary>
    public IReadOnlyList<PlannedTask> Tasks { get; init; } = Array.Empty<PlannedTask>();

    /// <summary>The opportunity's topic, e.g. "Renewal for the term ending 2026-03-31".</summary>
    public string Topic { get; init; } = string.Empty;

    /// <summary>True when milestones had passed at generation (a late-start task is planned).</summary>
    public bool IsLateStart => Tasks.Any(t => t.Milestone == TaskMilestone.LateStart);
}
