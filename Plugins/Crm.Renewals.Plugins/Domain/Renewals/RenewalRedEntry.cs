using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Tasks;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// What changes on a renewal that is already open when its account enters Red (spec §3): it carries the
/// category Red and the strategy <see cref="RenewalStrategy.SaveMode"/>, sales takes it over under
/// <see cref="RenewalOwnership"/>, and it gets the immediate "Red account review meeting" task unless an
/// open one exists. Only what differs from the renewal as it is is returned, so a second call changes nothing.
/// </summary>
/// <remarks>
/// Entering Red only ever moves a renewal to the configured sales owner. Without one, the ownership rule
/// falls back to the CSM; the renewal then keeps its current owner (the CSM who has it, or whoever it was
/// handed to) and the reason says why sales did not take it.
/// </remarks>
public static class RenewalRedEntry
{
    private const string NoOwnerKnown = "The account is Red, but no sales owner is configured (" + RenewalPolicy.VariableName
        + " salesOwner) and neither the account's nor the renewal's owner is known; the renewal keeps its owner.";

    /// <summary>Decides the change.</summary>
    /// <param name="renewal">The open renewal as it is now.</param>
    /// <param name="accountOwner">The account owner (the CSM), or null when unknown; the renewal's owner stands in for it then.</param>
    /// <param name="today">The day the account entered Red (the review task is due that day).</param>
    /// <param name="policy">The renewal policy (sales owner, threshold).</param>
    /// <returns>The columns and task to write; nothing when the renewal is already up to date.</returns>
    public static OpenRenewalChange Decide(OpenRenewal renewal, OwnerReference? accountOwner, DateTime today, RenewalPolicy policy)
    {
        if (renewal is null)
        {
            throw new ArgumentNullException(nameof(renewal));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var strategy = RenewalPlanner.StrategyFor(RiskCategory.Red);
        var decision = OwnerFor(renewal, accountOwner, policy);
        return new OpenRenewalChange(
            renewal.Category == RiskCategory.Red ? null : RiskCategory.Red,
            renewal.Strategy == strategy ? null : strategy,
            decision is { Role: RenewalOwnerRole.Sales } && decision.Owner != renewal.Owner ? decision : null,
            decision?.Reason ?? NoOwnerKnown,
            renewal.HasOpenRedAccountReview ? null : RedAccountReview(today, policy));
    }

    // The ownership rule for a Red account; the renewal's owner stands in for an unknown CSM. Null when nobody can be named.
    private static OwnerDecision? OwnerFor(OpenRenewal renewal, OwnerReference? accountOwner, RenewalPolicy policy)
    {
        var csm = accountOwner ?? renewal.Owner;
        if (csm is not null)
        {
            return RenewalOwnership.Decide(renewal.Arr ?? 0m, RiskCategory.Red, csm, policy);
        }

        return policy.SalesOwner is null ? null : new OwnerDecision(policy.SalesOwner, RenewalOwnerRole.Sales, "The account is Red: sales owns this renewal.");
    }

    // The very task a renewal generated for a Red account gets (same subject, description and due day).
    private static PlannedTask RedAccountReview(DateTime today, RenewalPolicy policy) =>
        RenewalTaskPlanner.Plan(today, today, RiskCategory.Red, 0, policy).First(task => task.Milestone == TaskMilestone.RedAccountReview);
}
