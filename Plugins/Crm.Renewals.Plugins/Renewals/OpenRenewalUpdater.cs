using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// When an account enters Red, brings its renewals that are already open in line with spec §3 as
/// <see cref="RenewalRedEntry"/> decides: category Red, save mode, sales as owner, and the immediate
/// "Red account review meeting" task unless an open one exists. Two queries (the renewals, their open
/// review tasks), then one Update per renewal carrying only the changed columns and one Create per task.
/// </summary>
internal static class OpenRenewalUpdater
{
    /// <summary>Applies the Red entry to every open renewal of the account's active contracts.</summary>
    /// <param name="context">The step's context.</param>
    /// <param name="accountId">The account that entered Red.</param>
    public static void OnEntryIntoRed(ILocalPluginContext context, Guid accountId)
    {
        var service = context.SystemService;
        var renewals = service.RetrieveMultiple(OpenRenewalRows.OfAccount(accountId)).Entities;
        if (renewals.Count == 0)
        {
            context.Trace("Account " + accountId.ToString("D") + " has no open renewal to switch to save mode.");
            return;
        }

        var reviewed = OpenRedAccountReviews(service, renewals.Select(row => row.Id).ToArray());
        var policy = Policies.Renewal(context);
        var today = context.Clock.UtcNow.Date;
        foreach (var row in renewals)
        {
            var change = RenewalRedEntry.Decide(OpenRenewalRows.ToDomain(row, reviewed.Contains(row.Id)), OpenRenewalRows.AccountOwner(row), today, policy);
            context.Trace(OpenRenewalRows.Label(row) + ": " + change);
            if (change.ChangesRenewal)
            {
                service.Update(OpenRenewalRows.Update(row.Id, change));
            }

            if (change.RedAccountReview is { } review)
            {
                var owner = change.Owner is { } decision ? OwnerReferences.ToEntityReference(decision.Owner) : row.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
                var task = TaskRows.Build(review, owner);
                task[TaskTable.RegardingObjectId] = new EntityReference(Opportunity.EntityLogicalName, row.Id);
                service.Create(task);
            }
        }
    }

    // The renewals among renewalIds that an open "Red account review meeting" task regards.
    private static HashSet<Guid> OpenRedAccountReviews(IOrganizationService service, Guid[] renewalIds)
    {
        var query = new QueryExpression(TaskTable.EntityLogicalName) { ColumnSet = new ColumnSet(TaskTable.RegardingObjectId) };
        query.Criteria.AddCondition(TaskTable.RegardingObjectId, ConditionOperator.In, renewalIds.Cast<object>().ToArray());
        query.Criteria.AddCondition(TaskTable.Milestone, ConditionOperator.Equal, MilestoneOptions.ToValue(TaskMilestone.RedAccountReview));
        query.Criteria.AddCondition(TaskTable.StateCode, ConditionOperator.Equal, TaskStateCodeChoice.Open);
        return new HashSet<Guid>(service.RetrieveMultiple(query).Entities
            .Select(task => task.GetAttributeValue<EntityReference>(TaskTable.RegardingObjectId)?.Id ?? Guid.Empty)
            .Where(id => id != Guid.Empty));
    }
}
