using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Reads a renewal's earliest open milestone task and writes it as the renewal's next milestone when it differs from
/// what the renewal holds: two reads, and a write only when something changed.
/// </summary>
internal static class NextMilestoneRows
{
    private static readonly object[] NotOfARenewal = UpcomingMilestone.NotOfARenewal.Select(m => (object)MilestoneOptions.ToValue(m)).ToArray();

    /// <summary>Brings the renewal's next milestone up to date; an opportunity that is not a renewal is left as it is.</summary>
    public static void Refresh(IOrganizationService service, Guid opportunityId)
    {
        var renewal = service.Retrieve(Opportunity.EntityLogicalName, opportunityId, new ColumnSet(Opportunity.IsRenewal, Opportunity.NextMilestone, Opportunity.NextMilestoneDue));
        if (renewal.GetAttributeValue<bool?>(Opportunity.IsRenewal) != true)
        {
            return;
        }

        var earliest = service.RetrieveMultiple(EarliestOpenMilestone(opportunityId)).Entities.FirstOrDefault();
        var milestone = earliest?.GetAttributeValue<OptionSetValue>(TaskTable.Milestone);
        var due = earliest?.GetAttributeValue<DateTime?>(TaskTable.ScheduledEnd);
        if (renewal.GetAttributeValue<OptionSetValue>(Opportunity.NextMilestone)?.Value == milestone?.Value
            && renewal.GetAttributeValue<DateTime?>(Opportunity.NextMilestoneDue) == due)
        {
            return;
        }

        service.Update(new Entity(Opportunity.EntityLogicalName, opportunityId)
        {
            [Opportunity.NextMilestone] = milestone,
            [Opportunity.NextMilestoneDue] = due,
        });
    }

    private static QueryExpression EarliestOpenMilestone(Guid opportunityId) => new(TaskTable.EntityLogicalName)
    {
        ColumnSet = new ColumnSet(TaskTable.Milestone, TaskTable.ScheduledEnd),
        TopCount = 1,
        Criteria =
        {
            Conditions =
            {
                new ConditionExpression(TaskTable.RegardingObjectId, ConditionOperator.Equal, opportunityId),
                new ConditionExpression(TaskTable.StateCode, ConditionOperator.Equal, TaskStateCodeChoice.Open),
                new ConditionExpression(TaskTable.Milestone, ConditionOperator.NotNull),
                new ConditionExpression(TaskTable.Milestone, ConditionOperator.NotIn, NotOfARenewal),
            },
        },
        Orders = { new OrderExpression(TaskTable.ScheduledEnd, OrderType.Ascending) },
    };
}
