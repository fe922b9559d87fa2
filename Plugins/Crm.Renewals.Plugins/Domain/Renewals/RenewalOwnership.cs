using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// The hybrid ownership model (spec §3): sales owns renewals with ARR strictly above the
/// threshold (exactly 100,000 stays with the CSM) and every Red account; the account's CSM owns
/// the rest. Without a configured sales owner, sales renewals stay with the CSM and the reason says so.
/// </summary>
public static class RenewalOwnership
{
    /// <summary>Decides the owner.</summary>
    /// <param name="arr">The contract's ARR.</param>
    /// <param name="category">The account's effective risk category, or null.</param>
    /// <param name="accountOwner">The account owner (the CSM).</param>
    /// <param name="policy">The renewal policy.</param>
    /// <returns>The owner and the reason.</returns>
    public static OwnerDecision Decide(decimal arr, RiskCategory? category, OwnerReference accountOwner, RenewalPolicy policy)
    {
        if (accountOwner is null)
        {
            throw new ArgumentNullException(nameof(accountOwner));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var threshold = DomainText.Number(policy.SalesOwnershipArrThreshold);
        var salesReasons = new List<string>();
        if (arr > policy.SalesOwnershipArrThreshold)
        {
            salesReasons.Add("ARR " + DomainText.Number(arr) + " is above the sales threshold of " + threshold);
        }

        if (category == RiskCategory.Red)
        {
            salesReasons.Add("the account is Red");
        }

        if (salesReasons.Count == 0)
        {
            return new OwnerDecision(
                accountOwner,
                RenewalOwnerRole.Csm,
                "The account's CSM owns this renewal: ARR " + DomainText.Number(arr) + " is not above the sales threshold of " + threshold + " and the account is not Red.");
        }

        var why = DomainText.Capitalize(DomainText.List(salesReasons));
        if (policy.SalesOwner is null)
        {
            return new OwnerDecision(
                accountOwner,
                RenewalOwnerRole.Csm,
                why + ", so sales would own this renewal, but no sales owner is configured (" + RenewalPolicy.VariableName
                    + " salesOwner); the account's CSM owns it until one is set.");
        }

        return new OwnerDecision(policy.SalesOwner, RenewalOwnerRole.Sales, why + ": sales owns this renewal.");
    }
}
