using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// One page of the daily sweep: the active contracts that have no current renewal and whose end date
/// is close enough to be due under their account's lead time, after the continuation, in the sweep's
/// order. The due test is only narrowed here, never widened: each bound comes from
/// <see cref="RenewalPolicy.LeadTimeDays"/> for that segment and risk, and the planner still decides
/// per contract. So of a million contracts the database returns the few that need work today, not the
/// hundred thousand merely inside the longest window.
/// </summary>
internal static class SweepQuery
{
    /// <summary>Builds the query for up to <paramref name="top"/> contracts.</summary>
    /// <param name="window">The day's window (its last day bounds every lead time).</param>
    /// <param name="policy">The renewal policy (lead times).</param>
    /// <param name="after">Where the previous page stopped, or null for the first page.</param>
    /// <param name="top">How many rows to read (the page plus one, to know whether more remain).</param>
    public static QueryExpression Build(SweepWindow window, RenewalPolicy policy, SweepCursor? after, int top)
    {
        var query = RenewalCandidateQuery.Create();
        query.TopCount = top;
        var criteria = query.Criteria;
        RenewalCandidateQuery.OnlyActive(criteria);
        criteria.AddCondition(CustomerContract.CurrentRenewalOpportunity, ConditionOperator.Null);
        criteria.AddCondition(CustomerContract.EndDate, ConditionOperator.GreaterEqual, RenewalCandidateQuery.Day(window.FromEndDate));
        criteria.AddCondition(CustomerContract.EndDate, ConditionOperator.LessEqual, RenewalCandidateQuery.Day(window.ToEndDate));
        if (after is not null)
        {
            criteria.AddFilter(After(after));
        }

        criteria.AddFilter(DueUnderLeadTime(window, policy));
        return query;
    }

    // (end date, id) strictly after the cursor: the same order the query sorts by.
    private static FilterExpression After(SweepCursor cursor)
    {
        var after = new FilterExpression(LogicalOperator.Or);
        after.AddCondition(CustomerContract.EndDate, ConditionOperator.GreaterThan, RenewalCandidateQuery.Day(cursor.LastEndDate));
        var sameDay = after.AddFilter(LogicalOperator.And);
        sameDay.AddCondition(CustomerContract.EndDate, ConditionOperator.Equal, RenewalCandidateQuery.Day(cursor.LastEndDate));
        sameDay.AddCondition(CustomerContract.CustomerContractId, ConditionOperator.GreaterThan, cursor.LastContractId);
        return after;
    }

    // One branch per segment and Red / not Red, plus the contracts whose account has no segment
    // (or that have no account): those cannot be planned, and are read so the sweep reports them as failed.
    private static FilterExpression DueUnderLeadTime(SweepWindow window, RenewalPolicy policy)
    {
        var alias = RenewalCandidateQuery.AccountAlias;
        var due = new FilterExpression(LogicalOperator.Or);
        foreach (var segment in SegmentOptions.All)
        {
            var notRed = due.AddFilter(LogicalOperator.And);
            notRed.AddCondition(alias, Account.Segment, ConditionOperator.Equal, SegmentOptions.ToValue(segment));
            var category = notRed.AddFilter(LogicalOperator.Or);
            category.AddCondition(alias, Account.RiskCategory, ConditionOperator.Null);
            category.AddCondition(alias, Account.RiskCategory, ConditionOperator.NotEqual, RiskCategoryOptions.ToValue(RiskCategory.Red));
            EndingBy(notRed, window, policy.LeadTimeDays(segment, null));

            var red = due.AddFilter(LogicalOperator.And);
            red.AddCondition(alias, Account.Segment, ConditionOperator.Equal, SegmentOptions.ToValue(segment));
            red.AddCondition(alias, Account.RiskCategory, ConditionOperator.Equal, RiskCategoryOptions.ToValue(RiskCategory.Red));
            EndingBy(red, window, policy.LeadTimeDays(segment, RiskCategory.Red));
        }

        due.AddCondition(alias, Account.Segment, ConditionOperator.Null);
        return due;
    }

    private static void EndingBy(FilterExpression filter, SweepWindow window, int leadTimeDays) =>
        filter.AddCondition(CustomerContract.EndDate, ConditionOperator.LessEqual, RenewalCandidateQuery.Day(window.AsOf.AddDays(leadTimeDays)));
}
