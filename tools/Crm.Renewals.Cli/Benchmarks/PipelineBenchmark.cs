using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Benchmarks;

/// <summary>
/// <c>crr_GetRenewalPipeline</c> on an organization the size of 1,000,000 contracts: their 330,000 open renewals
/// (terms ending over the next twelve months, a third of a book renewing inside the window), plus as many closed
/// ones: requests and time per call, and that every open renewal is counted.
/// </summary>
internal static class PipelineBenchmark
{
    /// <summary>Open renewals of a million contracts.</summary>
    public const int OpenRenewals = 330_000;

    private const int ClosedRenewals = 330_000;
    private const int Months = 12;
    private const int Calls = 3;
    private static readonly int[] Risks = [RiskCategoryChoice.Green, RiskCategoryChoice.Yellow, RiskCategoryChoice.Red, RiskCategoryChoice.Expansion];

    /// <summary>Runs the benchmark and writes its figures.</summary>
    public static void Run(OrganizationMetadata metadata, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        var organization = new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        var from = new DateTime(organization.Clock.Today.Year, organization.Clock.Today.Month, 1);
        var seeding = Stopwatch.StartNew();
        var rows = new Entity[OpenRenewals + ClosedRenewals];
        for (var i = 0; i < rows.Length; i++)
        {
            var open = i < OpenRenewals;
            rows[i] = new Entity(Opportunity.EntityLogicalName, Guid.NewGuid())
            {
                [Opportunity.Name] = "Renewal",
                [Opportunity.IsRenewal] = true,
                [Opportunity.TermEndDate] = open ? from.AddDays(i % 365) : from.AddDays(-1 - i % 365),
                [Opportunity.RiskCategory] = new OptionSetValue(Risks[i % Risks.Length]),
                [Opportunity.EstimatedValue] = new Money(10_000m + i % 90 * 1_000m),
                [Opportunity.StateCode] = new OptionSetValue(open ? OpportunityStateCodeChoice.Open : OpportunityStateCodeChoice.Won),
            };
        }

        organization.Seed(rows);
        output.WriteLine();
        output.WriteLine($"Pipeline: {OpenRenewals.ToString("N0", culture)} open renewals (1,000,000 contracts) and {ClosedRenewals.ToString("N0", culture)} closed ones, seeded in {seeding.Elapsed.TotalSeconds.ToString("0.0", culture)} s");
        var best = double.MaxValue;
        ParameterCollection? results = null;
        for (var call = 0; call < Calls; call++)
        {
            var stopwatch = Stopwatch.StartNew();
            results = organization.Service.Execute(new OrganizationRequest(GetRenewalPipelineApi.MessageName)
            {
                [GetRenewalPipelineApi.RequestFrom] = from,
                [GetRenewalPipelineApi.RequestMonths] = Months,
            }).Results;
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        using var figures = JsonDocument.Parse((string)results![GetRenewalPipelineApi.ResponseFigures]);
        var counted = figures.RootElement.GetProperty("totals").GetProperty("count").GetInt32();
        var expected = 0;
        for (var i = 0; i < OpenRenewals; i++)
        {
            expected += from.AddDays(i % 365) < from.AddMonths(Months) ? 1 : 0;
        }

        output.WriteLine($"  crr_GetRenewalPipeline  {results[GetRenewalPipelineApi.ResponseQueries]} aggregate queries per call (8 a month, whatever the size), {best.ToString("0.00", culture)} s per call (best of {Calls}); "
            + $"{counted.ToString("N0", culture)} of {expected.ToString("N0", culture)} open renewals of the {Months} months counted ({(counted == expected ? "exact" : "MISSING SOME")}); response {((string)results[GetRenewalPipelineApi.ResponseFigures]).Length.ToString("N0", culture)} characters");
    }
}
