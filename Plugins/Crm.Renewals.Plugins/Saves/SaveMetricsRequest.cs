using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>Reads the request of <c>crr_GetSaveMetrics</c> and writes its response.</summary>
internal sealed class SaveMetricsRequest
{
    private SaveMetricsRequest(DateTime from, DateTime to, AccountSegment? segment)
    {
        From = from;
        To = to;
        Segment = segment;
    }

    /// <summary>First day of the period.</summary>
    public DateTime From { get; }

    /// <summary>Last day of the period (inclusive).</summary>
    public DateTime To { get; }

    /// <summary>The segment asked for, or null for all.</summary>
    public AccountSegment? Segment { get; }

    /// <summary>The period and segment.</summary>
    /// <exception cref="InvalidPluginExecutionException">The period is reversed, or the segment is not one of the choice's.</exception>
    public static SaveMetricsRequest Read(ILocalPluginContext context)
    {
        var inputs = context.PluginExecutionContext.InputParameters;
        var from = StepContext.Input<DateTime?>(inputs, GetSaveMetricsApi.RequestFrom);
        var to = StepContext.Input<DateTime?>(inputs, GetSaveMetricsApi.RequestTo);
        if (SaveMetricsCalculator.ValidatePeriod(from, to) is string problem)
        {
            throw new InvalidPluginExecutionException(problem);
        }

        var chosen = StepContext.Input<OptionSetValue>(inputs, GetSaveMetricsApi.RequestSegment);
        var segment = SegmentOptions.FromOptionSetValue(chosen);
        if (chosen is not null && segment is null)
        {
            throw new InvalidPluginExecutionException(
                "Segment " + chosen.Value + " is not a segment: use " + string.Join(", ", SegmentOptions.All.Select(s => s + " (" + SegmentOptions.ToValue(s) + ")")) + ", or leave it empty for all.");
        }

        return new SaveMetricsRequest(from!.Value.Date, to!.Value.Date, segment);
    }

    /// <summary>Writes the figures of the segment asked for (or overall), their counts, the benchmark and the queries made.</summary>
    public static void WriteResponse(ILocalPluginContext context, SaveMetricsReport report, int queries)
    {
        var metrics = report.Overall;
        var outputs = context.PluginExecutionContext.OutputParameters;
        outputs[GetSaveMetricsApi.ResponseAtRiskRenewals] = (int)metrics.AttemptRate.Denominator;
        outputs[GetSaveMetricsApi.ResponseRenewalsWithSavePlan] = (int)metrics.AttemptRate.Numerator;
        outputs[GetSaveMetricsApi.ResponseSaveAttemptRate] = metrics.AttemptRate.Value;
        outputs[GetSaveMetricsApi.ResponseClosedSavePlans] = (int)metrics.SuccessRate.Denominator;
        outputs[GetSaveMetricsApi.ResponseSuccessfulSaves] = (int)metrics.SuccessRate.Numerator;
        outputs[GetSaveMetricsApi.ResponseSaveSuccessRate] = metrics.SuccessRate.Value;
        outputs[GetSaveMetricsApi.ResponseSavedArr] = new Money(metrics.ReturnOnInvestment.Numerator);
        outputs[GetSaveMetricsApi.ResponseSaveEffortCost] = new Money(metrics.ReturnOnInvestment.Denominator);
        outputs[GetSaveMetricsApi.ResponseSaveRoi] = metrics.ReturnOnInvestment.Value;
        outputs[GetSaveMetricsApi.ResponseNextRenewalsClosed] = (int)metrics.PostSaveRetention.Denominator;
        outputs[GetSaveMetricsApi.ResponseNextRenewalsWon] = (int)metrics.PostSaveRetention.Numerator;
        outputs[GetSaveMetricsApi.ResponsePostSaveRetention] = metrics.PostSaveRetention.Value;
        outputs[GetSaveMetricsApi.ResponseAverageTimeToSaveDays] = metrics.AverageTimeToSave.Value;
        outputs[GetSaveMetricsApi.ResponseBenchmark] = report.Benchmark;
        outputs[GetSaveMetricsApi.ResponseSuccessAssessment] = report.SuccessAssessment;
        outputs[GetSaveMetricsApi.ResponseQueries] = queries;
        context.Trace("Save metrics " + Domain.Text.DomainText.Date(report.From) + " to " + Domain.Text.DomainText.Date(report.To) + " from " + queries + " queries.");
    }
}
