using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Time;

namespace Crm.Renewals.Plugins.Domain.Tasks;

/// <summary>
/// Win-back tasks after a customer leaves (002 "Zukünftiges Win-Back-Potenzial"): one task a
/// configured number of months after the churn date (default +3, +6, +12).
/// </summary>
public static class WinBackSchedule
{
    /// <summary>Plans the win-back tasks.</summary>
    /// <param name="churnDate">The day the customer is gone (contract end, or the day the loss was recorded if later).</param>
    /// <param name="monthsAfterChurn">Months after the churn date, ascending.</param>
    /// <returns>One task per entry, in order.</returns>
    public static IReadOnlyList<PlannedTask> Plan(DateTime churnDate, IReadOnlyList<int> monthsAfterChurn)
    {
        if (monthsAfterChurn is null)
        {
            throw new ArgumentNullException(nameof(monthsAfterChurn));
        }

        var tasks = new List<PlannedTask>(monthsAfterChurn.Count);
        foreach (var months in monthsAfterChurn)
        {
            var after = DomainText.Count(months, "month", "months");
            tasks.Add(new PlannedTask(
                TaskMilestone.WinBack,
                "Win-back check-in (" + after + " after churn)",
                "The customer left on " + DomainText.Date(churnDate) + ". Reach out " + after + " later: what has changed for them, "
                    + "did the reason they left go away (product gaps closed, new budget, new decision maker), "
                    + "and is there a fit for a return offer now?",
                CalendarMath.AddMonthsKeepingMonthEnd(churnDate, months)));
        }

        return tasks;
    }
}
