using System;
using System.Linq;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>The discounts already approved on a renewal, which a new approval is judged together with (spec §4: cumulative).</summary>
internal static class ApprovedDiscounts
{
    /// <summary>The renewal's other approved discounts and its next approval sequence, in one query.</summary>
    /// <param name="context">The step's context (read as SYSTEM: the total counts concessions the user may not see).</param>
    /// <param name="renewalId">The renewal opportunity, or null for a concession on no renewal (then only itself counts).</param>
    /// <param name="concessionId">The concession being saved.</param>
    /// <returns>The renewal's figures.</returns>
    public static RenewalApprovals OnRenewal(ILocalPluginContext context, Guid? renewalId, Guid concessionId)
    {
        if (renewalId is not Guid renewal)
        {
            return RenewalApprovals.None;
        }

        // Every concession on the renewal, not only the approved ones: a concession sent back to Submitted keeps its
        // sequence, so a number once taken is never handed out again.
        var query = new QueryExpression(Concession.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(Concession.ConcessionType, Concession.DiscountPercent, Concession.ConcessionStatus, Concession.ApprovalSequence),
        };
        query.Criteria.AddCondition(Concession.RenewalOpportunity, ConditionOperator.Equal, renewal);
        var rows = context.SystemService.RetrieveMultiple(query).Entities;
        var approved = ConcessionOptions.ToOptionSetValue(Domain.Approvals.ConcessionStatus.Approved).Value;
        var others = rows.Where(row => row.Id != concessionId && row.GetAttributeValue<OptionSetValue>(Concession.ConcessionStatus)?.Value == approved);
        var highest = rows.Select(row => row.GetAttributeValue<int?>(Concession.ApprovalSequence) ?? 0).DefaultIfEmpty(0).Max();
        return new RenewalApprovals(others.Sum(ConcessionRows.CountedDiscount), highest + 1);
    }
}
