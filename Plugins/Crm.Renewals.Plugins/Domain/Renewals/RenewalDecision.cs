using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>The planner's decision for one contract.</summary>
public sealed class RenewalDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="outcome">What was decided.</param>
    /// <param name="message">The decision in plain words.</param>
    /// <param name="dueDate">When the renewal is (or was) due; null when refused or inactive.</param>
    /// <param name="plan">The plan when <paramref name="outcome"/> is <see cref="RenewalDecisionOutcome.Due"/>.</param>
    /// <param name="problems">What to fix when <paramref name="outcome"/> is <see cref="RenewalDecisionOutcome.Refused"/>.</param>
    public RenewalDecision(
        RenewalDecisionOutcome outcome,
        string message,
        DateTime? dueDate,
        RenewalPlan? plan,
        IReadOnlyList<ValidationProblem<RenewalField>> problems)
    {
        if ((outcome == RenewalDecisionOutcome.Due) != (plan is not null))
        {
            throw new ArgumentException("A plan is present exactly when the renewal is due.", nameof(plan));
        }

        Outcome = outcome;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        DueDate = dueDate;
        Plan = plan;
        Problems = problems ?? throw new ArgumentNullException(nameof(problems));
    }

    /// <summary>What was decided.</summary>
    public RenewalDecisionOutcome Outcome { get; }

    /// <summary>The decision in plain words (for traces, the sweep's report, or an error shown to the user).</summary>
    public string Message { get; }

    /// <summary>When the renewal is (or was) due; null when refused or inactive.</summary>
    public DateTime? DueDate { get; }

    /// <summary>The plan, when due.</summary>
    public RenewalPlan? Plan { get; }

    /// <summary>What to fix, when refused.</summary>
    public IReadOnlyList<ValidationProblem<RenewalField>> Problems { get; }
}
