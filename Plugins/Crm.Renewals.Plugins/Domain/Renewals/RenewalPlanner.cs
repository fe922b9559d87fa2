using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// Decides, for a contract on a given day, whether its renewal opportunity is due (spec §3:
/// created when end date − lead time is reached) and if so what it holds. The decision is a pure
/// function of its inputs, so the daily sweep, a contract update and a risk change all reach the
/// same plan; "exactly once" is then enforced by the (contract, <see cref="RenewalPlan.TermEndDate"/>) key.
/// </summary>
public static class RenewalPlanner
{
    private const decimal PercentScale = 100m;
    private const int CentDecimals = 2;

    /// <summary>Checks the contract and account data a renewal needs.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="account">The account.</param>
    /// <returns>The problems; empty when a renewal can be planned.</returns>
    public static IReadOnlyList<ValidationProblem<RenewalField>> Validate(RenewalContract contract, RenewalAccount account)
    {
        if (contract is null)
        {
            throw new ArgumentNullException(nameof(contract));
        }

        if (account is null)
        {
            throw new ArgumentNullException(nameof(account));
        }

        var problems = new List<ValidationProblem<RenewalField>>();
        if (contract.Status is null)
        {
            problems.Add(new(RenewalField.Status, "The contract has no status; set it to Active to renew it."));
        }

        if (contract.EndDate is null)
        {
            problems.Add(new(RenewalField.EndDate, "The contract has no end date; enter the date its current term ends."));
        }
        else if (contract.StartDate is DateTime start && contract.EndDate.Value.Date < start.Date)
        {
            problems.Add(new(RenewalField.EndDate, "The contract ends on " + DomainText.Date(contract.EndDate.Value) + ", before it starts on "
                + DomainText.Date(start) + "; correct the start or end date."));
        }

        if (contract.Arr is null)
        {
            problems.Add(new(RenewalField.Arr, "The contract has no ARR; enter its annual recurring revenue (0 is allowed)."));
        }
        else if (contract.Arr < 0)
        {
            problems.Add(new(RenewalField.Arr, "The contract's ARR cannot be negative; it is " + DomainText.Number(contract.Arr.Value) + "."));
        }

        if (account.Segment is null || !Enum.IsDefined(typeof(AccountSegment), account.Segment.Value))
        {
            var names = ((AccountSegment[])Enum.GetValues(typeof(AccountSegment))).Select(SegmentName).ToList();
            problems.Add(new(RenewalField.Segment, "The account has no known segment; set " + DomainText.Alternatives(names) + " so the renewal lead time is known."));
        }

        if (account.Owner is null)
        {
            problems.Add(new(RenewalField.AccountOwner, "The account has no owner; assign its CSM as owner."));
        }

        return problems;
    }

    /// <summary>Decides for one contract.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="account">The contract's account, with its effective risk category.</param>
    /// <param name="today">The current date (the time of day is ignored).</param>
    /// <param name="policy">The renewal policy.</param>
    /// <returns>Not due, due with a plan, inactive, or refused with problems.</returns>
    public static RenewalDecision Decide(RenewalContract contract, RenewalAccount account, DateTime today, RenewalPolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var problems = Validate(contract, account);
        var none = Array.Empty<ValidationProblem<RenewalField>>();
        if (contract.Status is ContractStatus status && status != ContractStatus.Active)
        {
            return new RenewalDecision(RenewalDecisionOutcome.Inactive, "The contract is " + status + "; only active contracts are renewed.", null, null, none);
        }

        if (problems.Count > 0)
        {
            return new RenewalDecision(RenewalDecisionOutcome.Refused, string.Join(" ", problems.Select(p => p.Message)), null, null, problems);
        }

        var end = contract.EndDate!.Value.Date;
        if (end < today.Date)
        {
            // One rule for every trigger: the sweep never reads such a contract, so neither may a save or a risk change renew it.
            return new RenewalDecision(
                RenewalDecisionOutcome.Ended,
                "The contract's term ended on " + DomainText.Date(end) + ", before today: renewals are generated only for terms still running. "
                    + "Correct the end date if it is wrong, or record the renewal by hand.",
                null,
                null,
                none);
        }

        var segment = account.Segment!.Value;
        var leadTime = policy.LeadTimeDays(segment, account.Category);
        var due = end.AddDays(-leadTime);
        var leadText = RenewalMilestones.Label(leadTime) + " for " + (account.Category == RiskCategory.Red ? "a Red account" : SegmentName(segment));
        if (today.Date < due)
        {
            return new RenewalDecision(
                RenewalDecisionOutcome.NotDue,
                "Not due yet: the renewal is generated on " + DomainText.Date(due) + " (" + leadText + ").",
                due,
                null,
                none);
        }

        var plan = new RenewalPlan
        {
            TermEndDate = end,
            DueDate = due,
            LeadTimeDays = leadTime,
            EstimatedCloseDate = end,
            EstimatedRevenue = EstimatedRevenue(contract.Arr!.Value, policy),
            Category = account.Category,
            Strategy = StrategyFor(account.Category),
            Owner = RenewalOwnership.Decide(contract.Arr.Value, account.Category, account.Owner!, policy),
            Tasks = RenewalTaskPlanner.Plan(end, today, account.Category, leadTime, policy),
            Topic = "Renewal for the term ending " + DomainText.Date(end),
        };
        return new RenewalDecision(
            RenewalDecisionOutcome.Due,
            "Due since " + DomainText.Date(due) + " (" + leadText + "): renew the term ending " + DomainText.Date(end) + ".",
            due,
            plan,
            none);
    }

    /// <summary>The renewal's estimated revenue: the contract's ARR with the policy's uplift, rounded to cents.</summary>
    /// <param name="arr">The contract's ARR.</param>
    /// <param name="policy">The renewal policy.</param>
    /// <returns>ARR × (1 + uplift).</returns>
    public static decimal EstimatedRevenue(decimal arr, RenewalPolicy policy) =>
        Math.Round(arr * (1 + ((policy ?? throw new ArgumentNullException(nameof(policy))).UpliftPercent / PercentScale)), CentDecimals, MidpointRounding.AwayFromZero);

    /// <summary>The segment as users read it: Enterprise, Mid-Market, SMB.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>Its display name.</returns>
    public static string SegmentName(AccountSegment segment) => segment switch
    {
        AccountSegment.MidMarket => "Mid-Market",
        AccountSegment.Smb => "SMB",
        _ => segment.ToString(),
    };

    /// <summary>The renewal strategy for a risk category; an account never evaluated gets value reinforcement.</summary>
    /// <param name="category">The effective risk category, or null.</param>
    /// <returns>The strategy.</returns>
    public static RenewalStrategy StrategyFor(RiskCategory? category) => category switch
    {
        RiskCategory.Green => RenewalStrategy.StreamlinedConfirmation,
        RiskCategory.Expansion => RenewalStrategy.ExpansionFocus,
        RiskCategory.Red => RenewalStrategy.SaveMode,
        _ => RenewalStrategy.ValueReinforcement,
    };
}
