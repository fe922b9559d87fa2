using System;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>A <see cref="PlannedTask"/> → a <c>task</c> row to create.</summary>
/// <remarks>
/// A task's due date is a user-local date and time, shown in each user's time zone. The domain plans whole
/// days, so the row is due at noon UTC of that day: the same calendar day for users from UTC-11 to UTC+11,
/// where midnight UTC would show as the evening before everywhere west of UTC.
/// </remarks>
internal static class TaskRows
{
    private const int DueHourUtc = 12;

    /// <summary>The due time written for a task due on <paramref name="day"/>: noon UTC of that day.</summary>
    /// <param name="day">The due day.</param>
    /// <returns>Noon UTC of that day.</returns>
    public static DateTime DueAt(DateTime day) => RenewalCandidateQuery.Day(day).AddHours(DueHourUtc);

    /// <summary>The task row, owned by <paramref name="owner"/>; without a regarding record, which deep insert or the caller sets.</summary>
    public static Entity Build(PlannedTask task, EntityReference owner) => new(TaskTable.EntityLogicalName)
    {
        [TaskTable.Subject] = task.Subject,
        [TaskTable.Description] = task.Description,
        [TaskTable.ScheduledEnd] = DueAt(task.DueDate),
        [TaskTable.Milestone] = MilestoneOptions.ToOptionSetValue(task.Milestone),
        [TaskTable.OwnerId] = owner,
    };

    /// <summary>Creates the tasks of an account (or another record) about a contract, as <paramref name="service"/>.</summary>
    /// <param name="service">The service to create with.</param>
    /// <param name="tasks">The planned tasks.</param>
    /// <param name="owner">Their owner.</param>
    /// <param name="regarding">The record they are regarding.</param>
    /// <param name="contract">The contract they are about, or null.</param>
    public static void CreateAll(IOrganizationService service, System.Collections.Generic.IEnumerable<PlannedTask> tasks, EntityReference owner, EntityReference regarding, EntityReference? contract)
    {
        foreach (var task in tasks)
        {
            var row = Build(task, owner);
            row[TaskTable.RegardingObjectId] = regarding;
            if (contract is not null)
            {
                row[TaskTable.Contract] = contract;
            }

            service.Create(row);
        }
    }
}
