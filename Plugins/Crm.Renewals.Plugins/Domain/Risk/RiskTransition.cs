namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// What a new evaluation means compared with the stored category: whether a history row is
/// written, and whether the account enters Red (which starts save work and pulls the renewal
/// forward to the at-risk lead time). Pass effective categories, so a CSM override to Yellow
/// does not open a save plan.
/// </summary>
public sealed class RiskTransition
{
    private RiskTransition(RiskCategory? from, RiskCategory to)
    {
        From = from;
        To = to;
    }

    /// <summary>The category before, or null for an account never evaluated.</summary>
    public RiskCategory? From { get; }

    /// <summary>The category now.</summary>
    public RiskCategory To { get; }

    /// <summary>True when the category changed (a first evaluation counts): write a history row.</summary>
    public bool IsChange => From != To;

    /// <summary>True when the account enters Red from any other category or from never evaluated.</summary>
    public bool IsEntryIntoRed => To == RiskCategory.Red && From != RiskCategory.Red;

    /// <summary>Describes the move from one category to another.</summary>
    /// <param name="from">The stored category, or null.</param>
    /// <param name="to">The new category.</param>
    /// <returns>The transition.</returns>
    public static RiskTransition Between(RiskCategory? from, RiskCategory to) => new(from, to);

    /// <summary>Entering Red starts save work unless a save plan is already open (spec §2).</summary>
    /// <param name="hasOpenSavePlan">Whether the account already has an open save plan.</param>
    /// <returns>True when a save plan must be opened.</returns>
    public bool ShouldOpenSavePlan(bool hasOpenSavePlan) => IsEntryIntoRed && !hasOpenSavePlan;
}
