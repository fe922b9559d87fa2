using System;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// Re-evaluates accounts whose CSM override has expired but which nobody has saved since, so the stored
/// category falls back to the computed one (spec §2: an override expires) even when no signal changes.
/// Without this an account overridden from Red to Green would stay Green, outside the at-risk renewal window,
/// with no history row and no save plan, for as long as nobody touched it.
/// </summary>
public static class ExpiredOverrides
{
    /// <summary>
    /// Finds up to <paramref name="limit"/> accounts whose override's last day was before <paramref name="today"/>
    /// (an override is valid through the whole of its last day) and re-evaluates each with an Update of its
    /// evaluation time: the risk steps recompute the category, clear the expired override (so the account is found
    /// once) and, when the category changes, write the history row, open a save plan on entry into Red and pull the
    /// renewal forward. An account saved since its override expired was cleared then and is not found. One query,
    /// plus one Update per account found.
    /// </summary>
    /// <param name="service">A service allowed to update every account (SYSTEM).</param>
    /// <param name="today">The day of the sweep.</param>
    /// <param name="now">The operation's time, written as the evaluation time.</param>
    /// <param name="limit">Most accounts to re-evaluate in this call; the rest wait for the next call.</param>
    /// <returns>How many accounts were re-evaluated.</returns>
    public static int Refresh(IOrganizationService service, DateTime today, DateTime now, int limit)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var query = new QueryExpression(Account.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(Account.AccountId),
            TopCount = limit,
        };
        query.Criteria.AddCondition(Account.OverrideCategory, ConditionOperator.NotNull);
        query.Criteria.AddCondition(Account.OverrideUntil, ConditionOperator.LessThan, today.Date);
        var accounts = service.RetrieveMultiple(query).Entities;
        foreach (var account in accounts)
        {
            service.Update(new Entity(Account.EntityLogicalName, account.Id) { [Account.RiskEvaluatedOn] = now });
        }

        return accounts.Count;
    }
}
