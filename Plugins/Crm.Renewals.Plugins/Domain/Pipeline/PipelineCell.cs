using System;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Domain.Pipeline;

/// <summary>
/// One aggregate row: open renewals of a month with one risk category (null: never evaluated) and one next milestone,
/// their ARR and count.
/// </summary>
/// <param name="Month">First day of the month their terms end in.</param>
/// <param name="Risk">Their risk category, or null.</param>
/// <param name="Arr">Sum of their ARR.</param>
/// <param name="Count">How many.</param>
public sealed record PipelineCell(DateTime Month, RiskCategory? Risk, decimal Arr, int Count)
{
    /// <summary>Value of their next milestone in the choice crr_milestone, or null when none is open.</summary>
    public int? NextMilestone { get; init; }
}
