using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Time;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// The tasks of a new renewal (spec §3): every milestone still ahead (a milestone due today is
/// ahead), one "late start" task due today when any milestone has already passed, and for a Red
/// account an immediate "Red account review meeting". No task is ever due before today.
/// The plan starts at the lead time: with a lead time shorter than a milestone's offset (an SMB lead
/// time of 60 days against T-120 and T-90), that milestone is due on the day the plan starts, labelled
/// with that day, so a renewal generated on time has every milestone and no late start.
/// Order: the immediate tasks first, then the milestones by due date.
/// </summary>
public static class RenewalTaskPlanner
{
    /// <summary>Subject of the Red account review task.</summary>
    public const string RedAccountReviewSubject = "Red account review meeting";

    /// <summary>Plans the tasks.</summary>
    /// <param name="termEnd">The contract's end date.</param>
    /// <param name="today">The day the renewal is generated.</param>
    /// <param name="category">The account's effective risk category, or null.</param>
    /// <param name="leadTimeDays">Days before the term end the renewal is generated (the plan's start).</param>
    /// <param name="policy">The renewal policy (milestone offsets).</param>
    /// <returns>The tasks, immediate ones first.</returns>
    public static IReadOnlyList<PlannedTask> Plan(DateTime termEnd, DateTime today, RiskCategory? category, int leadTimeDays, RenewalPolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var end = termEnd.Date;
        var day = today.Date;
        var ahead = new List<PlannedTask>();
        var missed = new List<string>();
        for (var i = 0; i < RenewalMilestones.All.Count; i++)
        {
            var definition = RenewalMilestones.All[i];
            var offset = Math.Min(policy.MilestoneOffsetsDays[i], Math.Max(leadTimeDays, 0));
            var label = RenewalMilestones.Label(offset);
            var due = end.AddDays(-offset);
            if (due >= day)
            {
                ahead.Add(new PlannedTask(definition.Milestone, label + ": " + definition.Title, definition.Description, due));
            }
            else
            {
                missed.Add(definition.Title + " (" + label + ")");
            }
        }

        var tasks = new List<PlannedTask>();
        if (category == RiskCategory.Red)
        {
            tasks.Add(new PlannedTask(
                TaskMilestone.RedAccountReview,
                RedAccountReviewSubject,
                "The account is Red: hold a review meeting now with the CSM, their manager and sales. Go through the risk reasons on the account, "
                    + "confirm the root cause and agree the save plan.",
                day));
        }

        if (missed.Count > 0)
        {
            tasks.Add(LateStart(end, day, missed));
        }

        tasks.AddRange(ahead.OrderBy(t => t.DueDate));
        return tasks;
    }

    private static PlannedTask LateStart(DateTime end, DateTime today, IReadOnlyList<string> missed)
    {
        var daysLeft = CalendarMath.DaysBetween(today, end);
        var when = daysLeft >= 0
            ? DomainText.Count(daysLeft, "day", "days") + " before the contract ends"
            : DomainText.Count(-daysLeft, "day", "days") + " after the contract ended";
        return new PlannedTask(
            TaskMilestone.LateStart,
            "Late start: renewal generated at " + RenewalMilestones.Label(Math.Max(daysLeft, 0)),
            "This renewal was generated " + when + ", after these milestones had passed: " + DomainText.List(missed)
                + ". Catch up on their work now, starting with the readiness review and the stakeholder map.",
            today);
    }
}
