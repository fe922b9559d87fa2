using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>A <see cref="PlannedTask"/> → a <c>task</c> row to create.</summary>
internal static class TaskRows
{
    /// <summary>The task row, owned by <paramref name="owner"/>; without a regarding record, which deep insert or the caller sets.</summary>
    public static Entity Build(PlannedTask task, EntityReference owner) => new(TaskTable.EntityLogicalName)
    {
        [TaskTable.Subject] = task.Subject,
        [TaskTable.Description] = task.Description,
        [TaskTable.ScheduledEnd] = RenewalCandidateQuery.Day(task.DueDate),
        [TaskTable.Milestone] = MilestoneOptions.ToOptionSetValue(task.Milestone),
        [TaskTable.OwnerId] = owner,
    };
}
