using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Domain.Pipeline;

/// <summary>
/// The renewal pipeline's figures from the aggregate rows (spec §6): ARR and count of open renewals per month, stacked
/// by risk category; the same by next milestone over the period; and the tiles — ARR up for renewal, ARR at risk (Yellow
/// and Red), Red renewals, renewals behind on a milestone. Exact: every open renewal of the period is in exactly one row.
/// </summary>
public static class PipelineFigures
{
    private const string NotEvaluated = "NotEvaluated";

    /// <summary>The figures as JSON, the shape the dashboard reads.</summary>
    /// <param name="from">First month of the period.</param>
    /// <param name="months">Months in the period.</param>
    /// <param name="cells">The aggregate rows (several per month and category are added up).</param>
    /// <param name="behind">Renewals behind on a milestone, by month (several per month are added up).</param>
    /// <returns>{"from":"yyyy-MM","months":[{"month":"yyyy-MM","Green":{"arr":…,"count":…},…,"behind":…}],
    /// "milestones":[{"milestone":value or null,"Green":{…},…}],"totals":{…}}; milestones in choice order, none last.</returns>
    public static string ToJson(DateTime from, int months, IEnumerable<PipelineCell> cells, IEnumerable<PipelineBehind> behind)
    {
        var behindByMonth = (behind ?? throw new ArgumentNullException(nameof(behind)))
            .GroupBy(b => Month(b.Month), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Count), StringComparer.Ordinal);
        var all = (cells ?? throw new ArgumentNullException(nameof(cells))).ToList();
        var sums = new Dictionary<string, PipelineCell>(StringComparer.Ordinal);
        foreach (var cell in all)
        {
            var key = Month(cell.Month) + "|" + Key(cell.Risk);
            sums[key] = sums.TryGetValue(key, out var sum) ? sum with { Arr = sum.Arr + cell.Arr, Count = sum.Count + cell.Count } : cell;
        }

        var keys = ((RiskCategory[])Enum.GetValues(typeof(RiskCategory))).Select(r => r.ToString()).Concat(new[] { NotEvaluated }).ToArray();
        var json = new StringBuilder("{\"from\":\"").Append(Month(from)).Append("\",\"months\":[");
        var first = new DateTime(from.Year, from.Month, 1);
        for (var index = 0; index < months; index++)
        {
            var month = Month(first.AddMonths(index));
            json.Append(index == 0 ? "{" : ",{").Append("\"month\":\"").Append(month).Append('"');
            foreach (var key in keys)
            {
                var found = sums.TryGetValue(month + "|" + key, out var sum) ? sum : null;
                Figure(json.Append(",\"").Append(key).Append("\":"), found?.Arr ?? 0m, found?.Count ?? 0);
            }

            json.Append(",\"behind\":").Append((behindByMonth.TryGetValue(month, out var late) ? late : 0).ToString(CultureInfo.InvariantCulture)).Append('}');
        }

        json.Append("],\"milestones\":[");
        var byMilestone = all.GroupBy(c => c.NextMilestone).OrderBy(g => g.Key.HasValue ? 0 : 1).ThenBy(g => g.Key ?? 0).ToList();
        for (var index = 0; index < byMilestone.Count; index++)
        {
            var milestone = byMilestone[index];
            json.Append(index == 0 ? "{" : ",{").Append("\"milestone\":").Append(milestone.Key?.ToString(CultureInfo.InvariantCulture) ?? "null");
            foreach (var key in keys)
            {
                var matching = milestone.Where(c => Key(c.Risk) == key).ToList();
                Figure(json.Append(",\"").Append(key).Append("\":"), matching.Sum(c => c.Arr), matching.Sum(c => c.Count));
            }

            json.Append('}');
        }

        var atRisk = all.Where(c => c.Risk is RiskCategory.Yellow or RiskCategory.Red).ToList();
        json.Append("],\"totals\":{\"arr\":").Append(Number(all.Sum(c => c.Arr)))
            .Append(",\"count\":").Append(all.Sum(c => c.Count).ToString(CultureInfo.InvariantCulture))
            .Append(",\"arrAtRisk\":").Append(Number(atRisk.Sum(c => c.Arr)))
            .Append(",\"countAtRisk\":").Append(atRisk.Sum(c => c.Count).ToString(CultureInfo.InvariantCulture))
            .Append(",\"redCount\":").Append(all.Where(c => c.Risk == RiskCategory.Red).Sum(c => c.Count).ToString(CultureInfo.InvariantCulture))
            .Append(",\"behind\":").Append(behindByMonth.Values.Sum().ToString(CultureInfo.InvariantCulture))
            .Append("}}");
        return json.ToString();
    }

    private static string Key(RiskCategory? risk) => risk?.ToString() ?? NotEvaluated;

    private static void Figure(StringBuilder json, decimal arr, int count) =>
        json.Append("{\"arr\":").Append(Number(arr)).Append(",\"count\":").Append(count.ToString(CultureInfo.InvariantCulture)).Append('}');

    private static string Month(DateTime day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
