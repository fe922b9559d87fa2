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
/// Brings open renewals in line with their account and contract as <see cref="RenewalFollow"/> decides: category,
/// strategy, rule-assigned owner, estimated revenue, a term that ends with the contract (its open milestone tasks
/// moved with it, none before today), and on entry into Red the "Red account review meeting" unless an open one exists.
/// One query for the renewals, one for their open review tasks on entry into Red, one for the open milestone tasks of
/// a renewal whose term moves; then one Update per changed renewal or task and one Create per review task.
/// </summary>
internal static class OpenRenewalUpdater
{
    private static readonly TaskMilestone[] MovingMilestones = RenewalMilestones.All.Select(m => m.Milestone).Concat(new[] { TaskMilestone.LateStart }).ToArray();

    /// <summary>Applies the follow to the open renewals <paramref name="renewalsQuery"/> finds (<see cref="OpenRenewalRows"/>).</summary>
    /// <param name="context">The step's context.</param>
    /// <param name="renewalsQuery">The renewals: <see cref="OpenRenewalRows.OfAccount"/> or <see cref="OpenRenewalRows.OfContract"/>.</param>
    /// <param name="enteringRed">True when their account has just entered Red.</param>
    /// <returns>How many renewals were found.</returns>
    public static int Follow(ILocalPluginContext context, QueryExpression renewalsQuery, bool enteringRed)
    {
        var service = context.SystemService;
        var renewals = service.RetrieveMultiple(renewalsQuery).Entities;
        if (renewals.Count == 0)
        {
            context.Trace("No open renewal to bring in line with its account and contract.");
            return 0;
        }

        var reviewed = enteringRed ? OpenRedAccountReviews(service, renewals.Select(row => row.Id).ToArray()) : new HashSet<Guid>();
        var policy = Policies.Renewal(context);
        var today = context.Clock.UtcNow.Date;
        foreach (var row in renewals)
        {
            var change = RenewalFollow.Decide(OpenRenewalRows.ToDomain(row, reviewed.Contains(row.Id)), OpenRenewalRows.AccountOwner(row), enteringRed, today, policy);
            context.Trace(OpenRenewalRows.Label(row) + ": " + change);
            if (change.ChangesRenewal)
            {
                service.Update(OpenRenewalRows.Update(row.Id, change));
            }

            if (change.Term is { } term)
            {
                MoveOpenMilestones(service, row.Id, term, today);
            }

            if (change.RedAccountReview is { } review)
            {
                var owner = change.Owner is { } decision ? OwnerReferences.ToEntityReference(decision.Owner) : row.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
                var task = TaskRows.Build(review, owner);
                task[TaskTable.RegardingObjectId] = new EntityReference(Opportunity.EntityLogicalName, row.Id);
                service.Create(task);
            }
        }

        return renewals.Count;
    }

    // The open milestone tasks of a renewal whose term moved go with it; done tasks keep their dates.
    private static void MoveOpenMilestones(IOrganizationService service, Guid renewalId, RenewalTermMove term, DateTime today)
    {
        var query = new QueryExpression(TaskTable.EntityLogicalName) { ColumnSet = new ColumnSet(TaskTable.ScheduledEnd) };
        query.Criteria.AddCondition(TaskTable.RegardingObjectId, ConditionOperator.Equal, renewalId);
        query.Criteria.AddCondition(TaskTable.StateCode, ConditionOperator.Equal, TaskStateCodeChoice.Open);
        query.Criteria.AddCondition(TaskTable.Milestone, ConditionOperator.In, MovingMilestones.Select(m => (object)MilestoneOptions.ToValue(m)).ToArray());
        foreach (var task in service.RetrieveMultiple(query).Entities)
        {
            if (task.GetAttributeValue<DateTime?>(TaskTable.ScheduledEnd) is DateTime due && TaskRows.DueAt(term.MoveDue(due, today)) is var moved && moved != due)
            {
                service.Update(new Entity(TaskTable.EntityLogicalName, task.Id) { [TaskTable.ScheduledEnd] = moved });
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
