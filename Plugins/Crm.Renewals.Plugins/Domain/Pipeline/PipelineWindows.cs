using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Pipeline;

/// <summary>
/// The windows the pipeline figures are aggregated in: each month of the period cut into four (days 1–7, 8–14,
/// 15–21, 22–end), so one aggregate reads about a 48th of a year's open renewals. Dataverse stops an aggregate at
/// 50,000 rows; a window holds fewer up to about 2.4 million open renewals a year, and the number of requests stays
/// fixed (four a month) whatever the size of the organization.
/// </summary>
public static class PipelineWindows
{
    /// <summary>Most months one call may cover.</summary>
    public const int MaxMonths = 24;

    private static readonly int[] Starts = [1, 8, 15, 22];

    /// <summary>The windows of <paramref name="months"/> months from the month of <paramref name="from"/>.</summary>
    /// <param name="from">A day of the first month.</param>
    /// <param name="months">How many months, 1 to <see cref="MaxMonths"/>.</param>
    /// <returns>Windows in order, each with its month, its first day and the day after its last.</returns>
    public static IReadOnlyList<PipelineWindow> Of(DateTime from, int months)
    {
        if (months is < 1 or > MaxMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "Months must be from 1 to " + MaxMonths + ".");
        }

        var windows = new List<PipelineWindow>(months * Starts.Length);
        var month = new DateTime(from.Year, from.Month, 1);
        for (var index = 0; index < months; index++, month = month.AddMonths(1))
        {
            for (var part = 0; part < Starts.Length; part++)
            {
                var start = month.AddDays(Starts[part] - 1);
                var end = part + 1 < Starts.Length ? month.AddDays(Starts[part + 1] - 1) : month.AddMonths(1);
                windows.Add(new PipelineWindow(month, start, end));
            }
        }

        return windows;
    }
}
