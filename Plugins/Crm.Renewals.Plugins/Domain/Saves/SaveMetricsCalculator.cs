using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>
/// Save metrics over a period (spec §5, 002 "Save Success Metrics"). At-risk renewals count when
/// their term ends in the period; closed save plans when their outcome date is in it. The caller
/// may pass more records than the period holds: the calculator filters. Zero denominators give "n/a".
/// </summary>
public static class SaveMetricsCalculator
{
    /// <summary>Checks a requested period.</summary>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day (inclusive).</param>
    /// <returns>A message saying what to fix, or null when valid.</returns>
    public static string? ValidatePeriod(DateTime? from, DateTime? to)
    {
        if (from is null || to is null)
        {
            return "Give both ends of the period (From and To).";
        }

        return from.Value.Date > to.Value.Date
            ? "The period starts on " + DomainText.Date(from.Value) + ", after it ends on " + DomainText.Date(to.Value) + "; swap From and To."
            : null;
    }

    /// <summary>Computes the report.</summary>
    /// <param name="renewals">At-risk renewals (any period; filtered here).</param>
    /// <param name="plans">Closed save plans (any period; filtered here).</param>
    /// <param name="from">First day of the period.</param>
    /// <param name="to">Last day of the period (inclusive).</param>
    /// <param name="segment">Only this segment, or null for all.</param>
    /// <param name="policy">The save policy (benchmarks).</param>
    /// <returns>The report.</returns>
    public static SaveMetricsReport Calculate(
        IEnumerable<AtRiskRenewalRecord> renewals,
        IEnumerable<ClosedSavePlanRecord> plans,
        DateTime from,
        DateTime to,
        AccountSegment? segment,
        SavePolicy policy)
    {
        if (renewals is null)
        {
            throw new ArgumentNullException(nameof(renewals));
        }

        if (plans is null)
        {
            throw new ArgumentNullException(nameof(plans));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var problem = ValidatePeriod(from, to);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(from));
        }

        var first = from.Date;
        var last = to.Date;
        var inRenewals = renewals.Where(r => r.TermEndDate.Date >= first && r.TermEndDate.Date <= last
            && (segment is null || r.Segment == segment)).ToList();
        var inPlans = plans.Where(p => p.OutcomeDate.Date >= first && p.OutcomeDate.Date <= last
            && (segment is null || p.Segment == segment)).ToList();

        var segments = segment is AccountSegment only
            ? new[] { only }
            : (AccountSegment[])Enum.GetValues(typeof(AccountSegment));
        var overall = Compute(null, inRenewals, inPlans);
        return new SaveMetricsReport
        {
            From = first,
            To = last,
            Overall = segment is null ? overall : overall with { Segment = segment },
            BySegment = segments.Select(s => Compute(s, inRenewals.Where(r => r.Segment == s), inPlans.Where(p => p.Segment == s))).ToList(),
            Benchmark = Benchmark(policy),
            SuccessAssessment = Assess(overall.SuccessRate, policy),
        };
    }

    /// <summary>The benchmark text shown beside the metrics.</summary>
    /// <param name="policy">The save policy.</param>
    /// <returns>E.g. "50–60% success is solid; above 70% suggests effort is going to accounts that would renew anyway."</returns>
    public static string Benchmark(SavePolicy policy) =>
        DomainText.Range(policy.SolidSuccessFromPercent, policy.SolidSuccessToPercent) + "% success is solid; above "
        + DomainText.Percent(policy.OverInvestmentAbovePercent) + " suggests effort is going to accounts that would renew anyway.";

    /// <summary>Judges a success rate against the benchmark.</summary>
    /// <param name="successRate">The success rate.</param>
    /// <param name="policy">The save policy.</param>
    /// <returns>One sentence.</returns>
    public static string Assess(MetricValue successRate, SavePolicy policy)
    {
        if (successRate is null)
        {
            throw new ArgumentNullException(nameof(successRate));
        }

        if (successRate.Value is not decimal rate)
        {
            return "No save plans closed in the period, so there is no success rate yet.";
        }

        var shown = "Success rate " + successRate.Display;
        var solid = DomainText.Range(policy.SolidSuccessFromPercent, policy.SolidSuccessToPercent) + "%";
        if (rate > policy.OverInvestmentAbovePercent)
        {
            return shown + " is above " + DomainText.Percent(policy.OverInvestmentAbovePercent) + ": save effort may be going to accounts that would renew anyway.";
        }

        if (rate > policy.SolidSuccessToPercent)
        {
            return shown + " is above the solid " + solid + ".";
        }

        return rate >= policy.SolidSuccessFromPercent
            ? shown + " is within the solid " + solid + "."
            : shown + " is below the solid " + solid + ".";
    }

    private static SaveMetrics Compute(AccountSegment? segment, IEnumerable<AtRiskRenewalRecord> renewals, IEnumerable<ClosedSavePlanRecord> plans)
    {
        var atRisk = renewals.ToList();
        var closed = plans.ToList();
        var saved = closed.Where(p => p.IsSaved).ToList();
        var nextClosed = saved.Where(p => p.NextRenewal is NextRenewalResult.Won or NextRenewalResult.Lost).ToList();
        return new SaveMetrics
        {
            Segment = segment,
            AttemptRate = MetricValue.Percent(atRisk.Count(r => r.HasSavePlan), atRisk.Count),
            SuccessRate = MetricValue.Percent(saved.Count, closed.Count),
            ReturnOnInvestment = MetricValue.Ratio(closed.Sum(p => p.SavedArr), closed.Sum(p => p.EffortCost)),
            PostSaveRetention = MetricValue.Percent(nextClosed.Count(p => p.NextRenewal == NextRenewalResult.Won), nextClosed.Count),
            AverageTimeToSave = MetricValue.AverageDays(saved.Sum(p => p.TimeToSaveDays), saved.Count),
        };
    }
}
