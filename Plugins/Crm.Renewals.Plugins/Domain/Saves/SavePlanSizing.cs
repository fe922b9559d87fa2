using System;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>
/// The derived columns of a save plan (spec §5): days to renewal at start, effort level, time mode and the executive
/// escalation suggestion, from <see cref="SavePlanner"/>. A plan whose renewal date is not known yet (no contract found)
/// is not sized: guessing the days would put it in the wrong time mode.
/// </summary>
public static class SavePlanSizing
{
    /// <summary>Sizes the plan, or returns null when its days to renewal are not known.</summary>
    /// <param name="facts">What the plan holds.</param>
    /// <param name="today">The day the plan opened (its days to renewal count from it).</param>
    /// <param name="policy">The save policy.</param>
    /// <returns>The days to renewal at start and the assessment, or null.</returns>
    public static SavePlanSize? Size(SavePlanFacts facts, DateTime today, SavePolicy policy)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        int? days = facts.DaysToRenewalAtStart ?? (facts.RenewalDate is DateTime renewal ? Time.CalendarMath.DaysBetween(today, renewal) : null);
        return days is int known
            ? new SavePlanSize(known, SavePlanner.Assess(facts.Arr ?? 0m, facts.IsStrategic, facts.Probability, known, policy))
            : null;
    }
}
