using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>What changes on an open renewal; every value is null when that part stays as it is.</summary>
public sealed class OpenRenewalChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="category">The new risk category, or null when unchanged.</param>
    /// <param name="strategy">The new strategy, or null when unchanged.</param>
    /// <param name="owner">The new owner with the reason, or null when the owner stays.</param>
    /// <param name="ownerReason">Why the renewal has (or keeps) its owner, in plain words.</param>
    /// <param name="redAccountReview">The review task to create, or null when an open one exists.</param>
    public OpenRenewalChange(RiskCategory? category, RenewalStrategy? strategy, OwnerDecision? owner, string ownerReason, PlannedTask? redAccountReview)
        : this(category, strategy, owner, ownerReason, redAccountReview, null, null)
    {
    }

    /// <summary>Creates a change that may also move the renewal's term and revenue.</summary>
    /// <param name="category">The new risk category, or null when unchanged.</param>
    /// <param name="strategy">The new strategy, or null when unchanged.</param>
    /// <param name="owner">The new owner with the reason, or null when the owner stays.</param>
    /// <param name="ownerReason">Why the renewal has (or keeps) its owner, in plain words.</param>
    /// <param name="redAccountReview">The review task to create, or null.</param>
    /// <param name="term">The term move (new term end, close date, days the open milestone tasks move), or null.</param>
    /// <param name="estimatedRevenue">The new estimated revenue, or null when unchanged.</param>
    public OpenRenewalChange(
        RiskCategory? category, RenewalStrategy? strategy, OwnerDecision? owner, string ownerReason, PlannedTask? redAccountReview, RenewalTermMove? term, decimal? estimatedRevenue)
    {
        Term = term;
        EstimatedRevenue = estimatedRevenue;
        Category = category;
        Strategy = strategy;
        Owner = owner;
        OwnerReason = ownerReason ?? throw new ArgumentNullException(nameof(ownerReason));
        RedAccountReview = redAccountReview;
    }

    /// <summary>The new risk category, or null when unchanged.</summary>
    public RiskCategory? Category { get; }

    /// <summary>The new strategy, or null when unchanged.</summary>
    public RenewalStrategy? Strategy { get; }

    /// <summary>The new owner and why, or null when the owner stays.</summary>
    public OwnerDecision? Owner { get; }

    /// <summary>Why the renewal has (or keeps) its owner, in plain words.</summary>
    public string OwnerReason { get; }

    /// <summary>The "Red account review meeting" task to create, or null.</summary>
    public PlannedTask? RedAccountReview { get; }

    /// <summary>The move of the renewal's term after its contract's end date changed, or null.</summary>
    public RenewalTermMove? Term { get; }

    /// <summary>The new estimated revenue after the contract's ARR changed, or null.</summary>
    public decimal? EstimatedRevenue { get; }

    /// <summary>True when the renewal's columns change (category, strategy, owner, term or revenue).</summary>
    public bool ChangesRenewal => Category is not null || Strategy is not null || Owner is not null || Term is not null || EstimatedRevenue is not null;

    /// <summary>True when anything is to be written.</summary>
    public bool HasChanges => ChangesRenewal || RedAccountReview is not null;

    /// <summary>The change in plain words, for traces.</summary>
    /// <returns>What changes and why the owner is who it is.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Category is RiskCategory category)
        {
            parts.Add("risk category set to " + category);
        }

        if (Strategy is RenewalStrategy strategy)
        {
            parts.Add("strategy set to " + strategy);
        }

        if (Owner is not null)
        {
            parts.Add("owner set to " + Owner.Role);
        }

        if (Term is not null)
        {
            parts.Add("term end moved to " + DomainText.Date(Term.TermEndDate) + " (close date " + DomainText.Date(Term.EstimatedCloseDate) + ", open milestones "
                + DomainText.Count(Term.ShiftDays, "day", "days") + " later, none before today)");
        }

        if (EstimatedRevenue is decimal revenue)
        {
            parts.Add("estimated revenue set to " + DomainText.Number(revenue));
        }

        if (RedAccountReview is not null)
        {
            parts.Add("\"" + RedAccountReview.Subject + "\" task planned");
        }

        var what = parts.Count == 0 ? "Nothing changes." : DomainText.Capitalize(DomainText.List(parts)) + ".";
        return what + " " + OwnerReason;
    }
}
