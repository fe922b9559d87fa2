using System;
using System.Collections.Generic;
using System.Linq;

namespace Crm.Renewals.Plugins.Domain.Tasks;

/// <summary>
/// A renewal's next milestone: its earliest open milestone task and when it is due. Kept on the renewal, so the pipeline
/// can add ARR up by next milestone on the server and a view can list renewals by it.
/// </summary>
/// <param name="Milestone">What the task is for.</param>
/// <param name="Due">When it is due (UTC).</param>
public sealed record UpcomingMilestone(TaskMilestone Milestone, DateTime Due)
{
    /// <summary>Tasks that sit on a renewal's account rather than on the renewal, and so are never its next milestone.</summary>
    public static IReadOnlyList<TaskMilestone> NotOfARenewal { get; } = new[] { TaskMilestone.WinBack, TaskMilestone.PostSaveHealthCheck };

    /// <summary>The earliest of the planned tasks (null without any), as a new renewal's next milestone.</summary>
    /// <param name="tasks">The tasks planned with the renewal.</param>
    /// <param name="dueAt">When a task planned for a day is due (the task rows' convention).</param>
    /// <returns>The next milestone, or null.</returns>
    public static UpcomingMilestone? Earliest(IEnumerable<PlannedTask> tasks, Func<DateTime, DateTime> dueAt) =>
        (tasks ?? throw new ArgumentNullException(nameof(tasks)))
            .Where(task => !NotOfARenewal.Contains(task.Milestone))
            .OrderBy(task => task.DueDate)
            .Select(task => new UpcomingMilestone(task.Milestone, dueAt(task.DueDate)))
            .FirstOrDefault();
}
