using System;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// One win-back series per lost contract (spec §3, §5): whichever comes first, the renewal's loss or a save plan logged
/// as lost, plans it; the other finds it and plans none. Another contract of the same account has a series of its own.
/// </summary>
internal static class WinBackTasks
{
    /// <summary>True when a win-back task of the contract exists (open or done).</summary>
    public static bool ExistFor(IOrganizationService service, Guid contractId)
    {
        var query = new QueryExpression(TaskTable.EntityLogicalName) { ColumnSet = new ColumnSet(TaskTable.ActivityId), TopCount = 1 };
        query.Criteria.AddCondition(TaskTable.Contract, ConditionOperator.Equal, contractId);
        query.Criteria.AddCondition(TaskTable.Milestone, ConditionOperator.Equal, MilestoneOptions.ToValue(TaskMilestone.WinBack));
        return service.RetrieveMultiple(query).Entities.Count > 0;
    }
}
