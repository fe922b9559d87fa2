using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>
/// What a remediation item of a save plan needs (spec §5): an owner, a due date that is not in the past when it is set,
/// and a success metric, so that "done" can be checked. A due date already stored may pass; only a new one is checked.
/// </summary>
public static class RemediationItemRules
{
    /// <summary>Every problem of the item, in the order of the form; empty when it may be saved.</summary>
    /// <param name="hasOwner">The item names its owner.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="dueDateIsNew">True when this save sets the due date (a new item, or the date changed).</param>
    /// <param name="successMetric">The success metric.</param>
    /// <param name="today">Today.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> Problems(bool hasOwner, DateTime? dueDate, bool dueDateIsNew, string? successMetric, DateTime today)
    {
        var problems = new List<string>();
        if (!hasOwner)
        {
            problems.Add("Choose the action owner: the person who makes the fix happen.");
        }

        if (dueDate is not DateTime due)
        {
            problems.Add("Enter the due date.");
        }
        else if (dueDateIsNew && due.Date < today.Date)
        {
            problems.Add("The due date " + DomainText.Date(due) + " is in the past; choose today or a later day.");
        }

        if (string.IsNullOrWhiteSpace(successMetric))
        {
            problems.Add("Describe the success metric: how you will know the fix worked (e.g. \"weekly active users back above 80%\").");
        }

        return problems;
    }
}
