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
/// Renewal generation outside the daily sweep, so that a renewal already inside its window starts the
/// moment it becomes due rather than at the next sweep: when a contract is saved, and when its account
/// enters Red (which pulls the lead time forward to the at-risk lead time).
/// </summary>
internal static class RenewalTriggers
{
    /// <summary>Generates the renewal of a created or changed contract if it is due today.</summary>
    /// <exception cref="InvalidPluginExecutionException">The contract's data does not allow a renewal (the system job shows why).</exception>
    public static void OnContractSaved(ILocalPluginContext context, Guid contractId)
    {
        var query = RenewalCandidateQuery.Create();
        query.Criteria.AddCondition(CustomerContract.CustomerContractId, ConditionOperator.Equal, contractId);
        RenewalCandidateQuery.OnlyActive(query.Criteria);
        ThrowIfAnyFailed(Generate(context, query));
    }

    /// <summary>
    /// When the account's effective category moves into Red, switches the open renewals of its active
    /// contracts to save mode (<see cref="OpenRenewalUpdater"/>) and generates those that the at-risk lead
    /// time makes due today; any other change does nothing.
    /// </summary>
    /// <remarks>
    /// A contract whose data does not allow a renewal is traced, not thrown: the account's risk change must
    /// not be refused for a renewal problem, and the daily sweep reports the contract as failed.
    /// </remarks>
    public static void OnRiskCategoryChanged(ILocalPluginContext context, Guid accountId, RiskCategory? before, RiskCategory? after)
    {
        if (after is not RiskCategory now || !RiskTransition.Between(before, now).IsEntryIntoRed)
        {
            context.Trace("Account " + accountId.ToString("D") + " did not enter Red (" + (before?.ToString() ?? "none") + " to " + (after?.ToString() ?? "none") + "): no renewal is pulled forward or updated.");
            return;
        }

        // First the renewals already open (the common case: generated at T-120, Red at T-60), then those now due.
        OpenRenewalUpdater.OnEntryIntoRed(context, accountId);

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
