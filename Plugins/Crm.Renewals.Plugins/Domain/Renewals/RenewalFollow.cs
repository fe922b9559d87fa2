using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// What changes on a renewal that is open while its account or contract changes (spec §3): it carries the account's
/// current risk category and that category's strategy, the estimated revenue of the contract's current ARR, and a
/// term that ends when the contract does (<see cref="RenewalTermMove"/>). The owner follows
/// <see cref="RenewalOwnership"/> only while the rule assigned it: a renewal owned by the account's CSM, by the
/// configured sales owner, or by nobody is moved; one reassigned by hand to anyone else keeps its owner. Entering Red
/// also plans the immediate "Red account review meeting" unless an open one exists. Only what differs from the
/// renewal as it is is returned, so a second call changes nothing.
/// </summary>
public static class RenewalFollow
{
    private const string NoOwnerKnown = "The account is Red, but no sales owner is configured (" + RenewalPolicy.VariableName
        + " salesOwner) and neither the account's nor the renewal's owner is known; the renewal keeps its owner.";

    /// <summary>Decides the change.</summary>
    /// <param name="renewal">The open renewal as it is now, with its account's category and its contract's end date and ARR.</param>
    /// <param name="accountOwner">The account owner (the CSM), or null when unknown; the renewal's owner stands in for it then.</param>
    /// <param name="enteringRed">True when the account has just entered Red (the review task is planned then only).</param>
    /// <param name="today">The day of the change (the review task is due that day; nothing moves before it).</param>
    /// <param name="policy">The renewal policy (sales owner, threshold, uplift).</param>
    /// <returns>The columns and task to write; nothing when the renewal is already up to date.</returns>
    public static OpenRenewalChange Decide(OpenRenewal renewal, OwnerReference? accountOwner, bool enteringRed, DateTime today, RenewalPolicy policy)
    {
        if (renewal is null)
        {
            throw new ArgumentNullException(nameof(renewal));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var category = renewal.AccountCategory ?? renewal.Category;
        var strategy = category is null ? (RenewalStrategy?)null : RenewalPlanner.StrategyFor(category);
        var decision = OwnerFor(renewal, category, accountOwner, policy);
        var ruleAssigned = renewal.Owner is null || renewal.Owner == (accountOwner ?? renewal.Owner) || renewal.Owner == policy.SalesOwner;
        var reason = !ruleAssigned
            ? "The renewal was reassigned by hand, so it keeps its owner; " + DomainText.Uncapitalize(decision?.Reason ?? NoOwnerKnown)
            : decision?.Reason ?? NoOwnerKnown;
        var revenue = renewal.Arr is decimal arr ? RenewalPlanner.EstimatedRevenue(arr, policy) : (decimal?)null;
        return new OpenRenewalChange(
            category is not null && category != renewal.Category ? category : null,
            strategy is not null && strategy != renewal.Strategy ? strategy : null,
            ruleAssigned && decision is not null && decision.Owner != renewal.Owner ? decision : null,
            reason,
            enteringRed && category == RiskCategory.Red && !renewal.HasOpenRedAccountReview ? RedAccountReview(today, policy) : null,
            TermMove(renewal, today),
            revenue is not null && revenue != renewal.EstimatedRevenue ? revenue : null);
    }

    // The ownership rule for the account's category; the renewal's owner stands in for an unknown CSM. Null when nobody can be named.
    private static OwnerDecision? OwnerFor(OpenRenewal renewal, RiskCategory? category, OwnerReference? accountOwner, RenewalPolicy policy)
    {
        var csm = accountOwner ?? renewal.Owner;
        if (csm is not null)
        {
            return RenewalOwnership.Decide(renewal.Arr ?? 0m, category, csm, policy);
        }

        return policy.SalesOwner is null || category != RiskCategory.Red
            ? null
            : new OwnerDecision(policy.SalesOwner, RenewalOwnerRole.Sales, "The account is Red: sales owns this renewal.");
    }

    private static RenewalTermMove? TermMove(OpenRenewal renewal, DateTime today)
    {
        if (renewal.ContractEndDate is not DateTime end || renewal.TermEndDate is not DateTime term || end.Date == term.Date)
        {
            return null;
        }

        return new RenewalTermMove(end.Date, end.Date < today.Date ? today.Date : end.Date, (end.Date - term.Date).Days);
    }

    // The very task a renewal generated for a Red account gets (same subject, description and due day).
    private static PlannedTask RedAccountReview(DateTime today, RenewalPolicy policy) =>
        RenewalTaskPlanner.Plan(today, today, RiskCategory.Red, 0, policy).First(task => task.Milestone == TaskMilestone.RedAccountReview);
}
