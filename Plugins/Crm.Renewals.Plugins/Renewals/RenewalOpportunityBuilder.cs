using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// A <see cref="RenewalPlan"/> → the renewal opportunity with its milestone tasks in
/// <see cref="Entity.RelatedEntities"/>, so one Create request writes them together: a renewal never
/// exists without its tasks, and a refused create leaves neither.
/// </summary>
internal static class RenewalOpportunityBuilder
{
    private const string TopicSeparator = ": ";
    private const string ParagraphBreak = "\n\n";

    /// <summary>The opportunity for <paramref name="candidate"/>'s current term.</summary>
    /// <param name="candidate">The contract and its account.</param>
    /// <param name="plan">The planner's plan.</param>
    /// <param name="why">The planner's decision in plain words (when and why it became due).</param>
    public static Entity Build(RenewalCandidate candidate, RenewalPlan plan, string why)
    {
        var owner = OwnerReferences.ToEntityReference(plan.Owner.Owner);
        var account = new EntityReference(Account.EntityLogicalName, candidate.Account!.Id);
        var opportunity = new Entity(Opportunity.EntityLogicalName)
        {
            [Opportunity.Name] = candidate.Name + TopicSeparator + plan.Topic,
            [Opportunity.CustomerId] = account,
            [Opportunity.ParentAccountId] = account,
            [Opportunity.EstimatedCloseDate] = RenewalCandidateQuery.Day(plan.EstimatedCloseDate),
            [Opportunity.EstimatedValue] = new Money(plan.EstimatedRevenue),
            [Opportunity.OwnerId] = owner,
            [Opportunity.IsRenewal] = true,
            [Opportunity.Contract] = new EntityReference(CustomerContract.EntityLogicalName, candidate.ContractId),
            [Opportunity.TermEndDate] = RenewalCandidateQuery.Day(plan.TermEndDate),
            [Opportunity.RenewalStrategy] = RenewalStrategyOptions.ToOptionSetValue(plan.Strategy),
            [Opportunity.Description] = why + ParagraphBreak + plan.Owner.Reason,
        };
        if (plan.Category is { } category)
        {
            opportunity[Opportunity.RiskCategory] = RiskCategoryOptions.ToOptionSetValue(category);
        }

        // The next milestone is written with the tasks, so a new renewal is counted by it at once (MilestoneTaskPlugin keeps it after).
        if (Domain.Tasks.UpcomingMilestone.Earliest(plan.Tasks, TaskRows.DueAt) is { } next)
        {
            opportunity[Opportunity.NextMilestone] = MilestoneOptions.ToOptionSetValue(next.Milestone);
            opportunity[Opportunity.NextMilestoneDue] = next.Due;
        }

        var tasks = plan.Tasks.Select(task => TaskRows.Build(task, owner)).ToList();
        opportunity.RelatedEntities[new Relationship(PlatformRelationships.OpportunityTasks)] = new EntityCollection(tasks);
        return opportunity;
    }
}
