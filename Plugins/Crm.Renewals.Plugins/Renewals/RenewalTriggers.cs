using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Renewal work outside the daily sweep: when a contract is saved, its open renewal follows it (term, revenue,
/// owner) and a renewal already inside its window starts the moment it becomes due rather than at the next sweep;
/// when an account's category changes, its open renewals follow it, and entering Red pulls generation forward to
/// the at-risk lead time.
/// </summary>
internal static class RenewalTriggers
{
    /// <summary>
    /// Moves the open renewal of a created or changed contract with it (a contract has at most one open renewal:
    /// a corrected end date moves it instead of creating another), then generates the renewal if it is due today.
    /// </summary>
    /// <exception cref="InvalidPluginExecutionException">The contract's data does not allow a renewal (the system job shows why).</exception>
    public static void OnContractSaved(ILocalPluginContext context, Guid contractId)
    {
        OpenRenewalUpdater.Follow(context, OpenRenewalRows.OfContract(contractId), enteringRed: false);
        var query = RenewalCandidateQuery.Create();
        query.Criteria.AddCondition(CustomerContract.CustomerContractId, ConditionOperator.Equal, contractId);
        RenewalCandidateQuery.OnlyActive(query.Criteria);
        ThrowIfAnyFailed(Generate(context, query));
    }

    /// <summary>
    /// When the account's effective category changes, its open renewals follow it (<see cref="OpenRenewalUpdater"/>:
    /// category, strategy, rule-assigned owner; on entry into Red the review task); entering Red also generates the
    /// renewals the at-risk lead time makes due today. An unchanged category makes no service call.
    /// </summary>
    /// <remarks>
    /// A contract whose data does not allow a renewal is traced, not thrown: the account's risk change must
    /// not be refused for a renewal problem, and the daily sweep reports the contract as failed.
    /// </remarks>
    public static void OnRiskCategoryChanged(ILocalPluginContext context, Guid accountId, RiskCategory? before, RiskCategory? after)
    {
        if (after is not RiskCategory now || before == now)
        {
            context.Trace("Account " + accountId.ToString("D") + " kept its category (" + (after?.ToString() ?? "none") + "): no renewal is updated.");
            return;
        }

        // First the renewals already open (the common case: generated at T-120, Red at T-60), then those now due.
        var enteringRed = RiskTransition.Between(before, now).IsEntryIntoRed;
        OpenRenewalUpdater.Follow(context, OpenRenewalRows.OfAccount(accountId), enteringRed);
        if (!enteringRed)
        {
            return;
        }

        var window = RenewalSweep.Window(context.Clock.UtcNow, Policies.Renewal(context));
        var query = RenewalCandidateQuery.Create();
        query.Criteria.AddCondition(CustomerContract.Account, ConditionOperator.Equal, accountId);
        RenewalCandidateQuery.OnlyActive(query.Criteria);
        query.Criteria.AddCondition(CustomerContract.EndDate, ConditionOperator.GreaterEqual, RenewalCandidateQuery.Day(window.FromEndDate));
        query.Criteria.AddCondition(CustomerContract.EndDate, ConditionOperator.LessEqual, RenewalCandidateQuery.Day(window.ToEndDate));
        Generate(context, query);
    }

    private static IReadOnlyList<GenerationResult> Generate(ILocalPluginContext context, QueryExpression query)
    {
        var service = context.SystemService;
        var candidates = RenewalCandidateQuery.Run(service, query);
        var results = new RenewalGenerator(service, context.PluginExecutionContext.IsInTransaction).Generate(candidates, context.Clock.UtcNow.Date, Policies.Renewal(context));
        foreach (var result in results)
        {
            context.Trace(result.ToString());
        }

        return results;
    }

    // The contract step is asynchronous: failing its job after the rest was written puts the reason where an admin looks.
    private static void ThrowIfAnyFailed(IReadOnlyList<GenerationResult> results)
    {
        var failed = results.Where(result => result.Outcome == GenerationOutcome.Failed).ToArray();
        if (failed.Length > 0)
        {
            throw new InvalidPluginExecutionException("No renewal could be generated for " + string.Join(" ", failed.Select(result => result.ToString())));
        }
    }
}
