using System;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// How an open renewal moves when its contract's end date is corrected (spec §3: the contract keeps its one open
/// renewal, which moves instead of a second one being created). The term end follows the contract exactly (it is the
/// key the close checks); the close date and the open milestone tasks move by the same days but never before today.
/// </summary>
/// <param name="TermEndDate">The new term end: the contract's end date.</param>
/// <param name="EstimatedCloseDate">The new estimated close date: the term end, or today when that has passed.</param>
/// <param name="ShiftDays">Days the open milestone tasks move (negative: earlier).</param>
public sealed record RenewalTermMove(DateTime TermEndDate, DateTime EstimatedCloseDate, int ShiftDays)
{
    /// <summary>Where an open task due on <paramref name="due"/> moves: by <see cref="ShiftDays"/>, but not before <paramref name="today"/>.</summary>
    /// <param name="due">The task's current due day.</param>
    /// <param name="today">Today.</param>
    /// <returns>The new due day.</returns>
    public DateTime MoveDue(DateTime due, DateTime today)
    {
        var moved = due.Date.AddDays(ShiftDays);
        return moved < today.Date ? today.Date : moved;
    }
}
