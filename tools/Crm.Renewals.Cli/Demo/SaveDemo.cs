using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// The save part of the demo, after the renewal year: how many save plans Red accounts got and which outcomes their
/// CSMs logged (<see cref="SaveOutcomeDesk"/>), then the year's save metrics from <c>crr_GetSaveMetrics</c>, overall
/// and per segment, each rate with the counts behind it, and the benchmark.
/// </summary>
internal static class SaveDemo
{
    private const string Indent = "  ";
    private static readonly (string Name, int? Segment)[] Rows =
    [
        ("All", null), ("Enterprise", SegmentChoice.Enterprise), ("Mid-market", SegmentChoice.MidMarket), ("SMB", SegmentChoice.SMB),
    ];

    /// <summary>Writes the save plans' story and the metrics of the period.</summary>
    public static void Write(TextWriter output, OrganizationEmulator organization, SaveOutcomeDesk saves, DateTime from, DateTime to)
    {
        var culture = CultureInfo.InvariantCulture;
        var plans = organization.Rows(SavePlan.EntityLogicalName);
        var open = plans.Count(row => row.GetAttributeValue<OptionSetValue>(SavePlan.PlanStatus)?.Value == SavePlanStatusChoice.Open);
        int Logged(int outcome) => saves.Logged.TryGetValue(outcome, out var count) ? count : 0;
        output.WriteLine();
        output.WriteLine($"Saves over the two years: {plans.Count} save plans opened when accounts entered Red, each sized by the save plan step; outcomes logged with crr_LogSaveOutcome "
            + $"before the renewal closed: saved {Logged(SaveOutcomeChoice.Saved)}, partially saved {Logged(SaveOutcomeChoice.PartiallySaved)}, "
            + $"lost {Logged(SaveOutcomeChoice.Lost)}, graceful exit {Logged(SaveOutcomeChoice.GracefulExit)}; {open} still open.");
        output.WriteLine($"{Indent}Save metrics {from.ToString("yyyy-MM-dd", culture)} to {to.ToString("yyyy-MM-dd", culture)} (crr_GetSaveMetrics; counts in brackets):");
        output.WriteLine($"{Indent}{Indent}{"segment",-11} {"attempt rate",-18} {"success rate",-18} {"save ROI",-10} {"post-save retention",-20} {"time to save",-12} queries");
        ParameterCollection? overall = null;
        foreach (var (name, segment) in Rows)
        {
            var request = new OrganizationRequest(GetSaveMetricsApi.MessageName) { [GetSaveMetricsApi.RequestFrom] = from, [GetSaveMetricsApi.RequestTo] = to };
            if (segment is int value)
            {
                request[GetSaveMetricsApi.RequestSegment] = new OptionSetValue(value);
            }

            var r = organization.Service.Execute(request).Results;
            overall ??= r;
            output.WriteLine($"{Indent}{Indent}{name,-11} "
                + $"{Rate(r, GetSaveMetricsApi.ResponseSaveAttemptRate, GetSaveMetricsApi.ResponseRenewalsWithSavePlan, GetSaveMetricsApi.ResponseAtRiskRenewals),-18} "
                + $"{Rate(r, GetSaveMetricsApi.ResponseSaveSuccessRate, GetSaveMetricsApi.ResponseSuccessfulSaves, GetSaveMetricsApi.ResponseClosedSavePlans),-18} "
                + $"{Number(r[GetSaveMetricsApi.ResponseSaveRoi], "x"),-10} "
                + $"{Rate(r, GetSaveMetricsApi.ResponsePostSaveRetention, GetSaveMetricsApi.ResponseNextRenewalsWon, GetSaveMetricsApi.ResponseNextRenewalsClosed),-20} "
                + $"{Number(r[GetSaveMetricsApi.ResponseAverageTimeToSaveDays], " days"),-12} {r[GetSaveMetricsApi.ResponseQueries]}");
        }

        output.WriteLine($"{Indent}{overall![GetSaveMetricsApi.ResponseSuccessAssessment]} Benchmark: {overall[GetSaveMetricsApi.ResponseBenchmark]}");
        output.WriteLine($"{Indent}Retention counts a saved account once its next renewal (the one after the saved renewal) has closed: a year after the save.");
    }

    private static string Rate(ParameterCollection results, string rate, string numerator, string denominator) =>
        Number(results[rate], "%") + " (" + results[numerator] + "/" + results[denominator] + ")";

    private static string Number(object? value, string unit) =>
        value is decimal number ? number.ToString("0.0", CultureInfo.InvariantCulture) + unit : "n/a";
}
