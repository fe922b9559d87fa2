using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>
/// The rows behind the save metrics, read as SYSTEM (the figures are the organization's, whatever the caller may see)
/// in two paged queries: every renewal (its account's segment, term end, state and risk) and every save plan (the
/// renewal it is on; for a closed one its outcome and figures). An at-risk renewal is one whose risk is Red or that had
/// a save plan (a saved account leaves Red, but its renewal was at risk); a plan opened before its renewal existed counts
/// for its account's first renewal ending on or after the day it opened. A saved plan's next renewal is its account's first renewal whose
/// term ends after the plan's own renewal (or, without one, after the outcome date).
/// </summary>
internal sealed class SaveMetricsData
{
    /// <summary>Alias of the account link, whose segment the rows carry.</summary>
    internal const string AccountAlias = "account";

    private SaveMetricsData(IReadOnlyList<AtRiskRenewalRecord> renewals, IReadOnlyList<ClosedSavePlanRecord> plans, int queries)
    {
        Renewals = renewals;
        Plans = plans;
        Queries = queries;
    }

    /// <summary>At-risk renewals, of any period (the calculator keeps the period's).</summary>
    public IReadOnlyList<AtRiskRenewalRecord> Renewals { get; }

    /// <summary>Closed save plans, of any period.</summary>
    public IReadOnlyList<ClosedSavePlanRecord> Plans { get; }

    /// <summary>RetrieveMultiple calls made.</summary>
    public int Queries { get; }

    /// <summary>Reads the rows.</summary>
    public static SaveMetricsData Load(ILocalPluginContext context)
    {
        var service = context.SystemService;
        var renewals = new List<SaveMetricsRenewal>();
        var queries = PagedQuery.ForEach(service, RenewalQuery(), row => renewals.Add(SaveMetricsRenewal.Of(row)));
        var withPlan = new HashSet<Guid>();
        var closed = new List<Entity>();
        var byId = renewals.ToDictionary(r => r.Id);
        var byAccount = renewals.Where(r => r.Account is not null).GroupBy(r => r.Account!.Value).ToDictionary(g => g.Key, g => g.OrderBy(r => r.TermEnd).ToList());
        queries += PagedQuery.ForEach(service, PlansQuery(), row =>
        {
            if (PlansRenewal(row, byId, byAccount) is SaveMetricsRenewal renewal)
            {
                withPlan.Add(renewal.Id);
            }

            if (row.GetAttributeValue<OptionSetValue>(SavePlan.PlanStatus)?.Value == SavePlanStatusChoice.Closed)
            {
                closed.Add(row);
            }
        });

        var atRisk = renewals
            .Where(r => r.IsRed || withPlan.Contains(r.Id))
            .Select(r => new AtRiskRenewalRecord { Segment = r.Segment, TermEndDate = r.TermEnd, HasSavePlan = withPlan.Contains(r.Id) })
            .ToList();
        var plans = closed.Select(row => ClosedPlan(row, byId, byAccount)).Where(plan => plan is not null).Select(plan => plan!).ToList();
        return new SaveMetricsData(atRisk, plans, queries);
    }

    private static ClosedSavePlanRecord? ClosedPlan(Entity row, IReadOnlyDictionary<Guid, SaveMetricsRenewal> renewals, IReadOnlyDictionary<Guid, List<SaveMetricsRenewal>> byAccount)
    {
        if (SaveOptions.OutcomeOf(row.GetAttributeValue<OptionSetValue>(SavePlan.Outcome)) is not SaveOutcome outcome
            || row.GetAttributeValue<DateTime?>(SavePlan.OutcomeDate) is not DateTime outcomeDate)
        {
            return null; // closed without an outcome (before the outcome was only logged through the API): not a closed save
        }

        var record = new ClosedSavePlanRecord
        {
            Segment = SegmentOptions.FromOptionSetValue(AliasedColumns.Linked<OptionSetValue>(row, AccountAlias, Account.Segment)),
            Outcome = outcome,
            OutcomeDate = outcomeDate,
            SavedArr = row.GetAttributeValue<Money>(SavePlan.SavedArr)?.Value ?? 0m,
            EffortCost = row.GetAttributeValue<Money>(SavePlan.EffortCost)?.Value ?? 0m,
            TimeToSaveDays = row.GetAttributeValue<int?>(SavePlan.TimeToSaveDays) ?? 0,
        };
        if (!record.IsSaved || row.GetAttributeValue<EntityReference>(SavePlan.Account) is not EntityReference account)
        {
            return record;
        }

        var own = PlansRenewal(row, renewals, byAccount)?.TermEnd ?? outcomeDate;
        var next = byAccount.TryGetValue(account.Id, out var candidates) ? candidates.FirstOrDefault(r => r.TermEnd.Date > own.Date) : null;
        return record with { NextRenewal = next?.Result };
    }

    // The renewal a plan works towards: the one it is on, or, for a plan opened before its renewal existed, its
    // account's first renewal whose term ends on or after the day the plan was opened.
    private static SaveMetricsRenewal? PlansRenewal(Entity plan, IReadOnlyDictionary<Guid, SaveMetricsRenewal> renewals, IReadOnlyDictionary<Guid, List<SaveMetricsRenewal>> byAccount)
    {
        if (plan.GetAttributeValue<EntityReference>(SavePlan.RenewalOpportunity) is EntityReference linked)
        {
            return renewals.TryGetValue(linked.Id, out var renewal) ? renewal : null;
        }

        var opened = plan.GetAttributeValue<DateTime>(SavePlan.CreatedOn).Date;
        return plan.GetAttributeValue<EntityReference>(SavePlan.Account) is EntityReference account && byAccount.TryGetValue(account.Id, out var candidates)
            ? candidates.FirstOrDefault(r => r.TermEnd.Date >= opened)
            : null;
    }

    private static QueryExpression RenewalQuery()
    {
        var query = new QueryExpression(Opportunity.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(Opportunity.ParentAccountId, Opportunity.TermEndDate, Opportunity.StateCode, Opportunity.RiskCategory),
        };
        query.Criteria.AddCondition(Opportunity.IsRenewal, ConditionOperator.Equal, true);
        query.Criteria.AddCondition(Opportunity.TermEndDate, ConditionOperator.NotNull);
        var account = query.AddLink(Account.EntityLogicalName, Opportunity.ParentAccountId, Account.AccountId, JoinOperator.LeftOuter);
        account.EntityAlias = AccountAlias;
        account.Columns = new ColumnSet(Account.Segment);
        query.AddOrder(Opportunity.OpportunityId, OrderType.Ascending);
        return query;
    }

    // Every plan, open or closed: one pass gives both the renewals that had a plan and the closed plans.
    private static QueryExpression PlansQuery()
    {
        var query = new QueryExpression(SavePlan.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(
                SavePlan.PlanStatus, SavePlan.Outcome, SavePlan.OutcomeDate, SavePlan.SavedArr, SavePlan.EffortCost, SavePlan.TimeToSaveDays, SavePlan.Account, SavePlan.RenewalOpportunity,
                SavePlan.CreatedOn),
        };
        var account = query.AddLink(Account.EntityLogicalName, SavePlan.Account, Account.AccountId, JoinOperator.LeftOuter);
        account.EntityAlias = AccountAlias;
        account.Columns = new ColumnSet(Account.Segment);
        query.AddOrder(SavePlan.SavePlanId, OrderType.Ascending);
        return query;
    }
}
