using System;
using System.Linq;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>The discounts already approved on a renewal, which a new approval is judged together with (spec §4: cumulative).</summary>
internal static class ApprovedDiscounts
{
    /// <summary>Sum of the approved concessions' discounts on the renewal, except <paramref name="concessionId"/>.</summary>
    /// <param name="context">The step's context (read as SYSTEM: the total counts concessions the user may not see).</param>
    /// <param name="renewalId">The renewal opportunity, or null for a concession on no renewal (then only itself counts).</param>
    /// <param name="concessionId">The concession being saved.</param>
    /// <returns>The sum in percent.</returns>
    public static decimal OnRenewal(ILocalPluginContext context, Guid? renewalId, Guid concessionId)
    {
        if (renewalId is not Guid renewal)
        {
            return 0m;
        }

        var query = new QueryExpression(Concession.EntityLogicalName) { ColumnSet = new ColumnSet(Concession.ConcessionType, Concession.DiscountPercent) };
        query.Criteria.AddCondition(Concession.RenewalOpportunity, ConditionOperator.Equal, renewal);
        query.Criteria.AddCondition(Concession.ConcessionStatus, ConditionOperator.Equal, ConcessionOptions.ToOptionSetValue(Domain.Approvals.ConcessionStatus.Approved).Value);
        query.Criteria.AddCondition(Concession.ConcessionId, ConditionOperator.NotEqual, concessionId);
        return context.SystemService.RetrieveMultiple(query).Entities.Sum(ConcessionRows.CountedDiscount);
    }
}
