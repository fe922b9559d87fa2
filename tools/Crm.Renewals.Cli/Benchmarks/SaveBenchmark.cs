using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Benchmarks;

/// <summary>
/// <c>crr_GetSaveMetrics</c> over an organization of 100,000 closed save plans (each on its own renewal, half of the
/// saved accounts with a next renewal): wall time and queries per call, and that the figures count every plan; then
/// the service calls <c>crr_LogSaveOutcome</c> makes per call, saved and lost.
/// </summary>
internal static class SaveBenchmark
{
    /// <summary>Closed save plans in the metrics organization.</summary>
    public const int ClosedPlans = 100_000;

    private const int Accounts = ClosedPlans; // one plan per account, so an account's next renewal is the one after its saved renewal
    private const int MetricsCalls = 3;
    private const int OutcomeCalls = 200;
    private const int LogKeptRequests = 10_000;
    private static readonly DateTime From = new(2026, 1, 1);
    private static readonly DateTime To = new(2026, 12, 31);
    private static readonly int[] Outcomes = [SaveOutcomeChoice.Saved, SaveOutcomeChoice.PartiallySaved, SaveOutcomeChoice.Lost, SaveOutcomeChoice.GracefulExit];

    /// <summary>Runs the benchmark and writes its figures.</summary>
    public static void Run(OrganizationMetadata metadata, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        var seeding = Stopwatch.StartNew();
        var organization = MetricsOrganization(metadata);
        output.WriteLine();
        output.WriteLine($"Save metrics: {ClosedPlans.ToString("N0", culture)} closed save plans over {Accounts.ToString("N0", culture)} accounts, seeded in {seeding.Elapsed.TotalSeconds.ToString("0.0", culture)} s");
        var times = new double[MetricsCalls];
        ParameterCollection? results = null;
        for (var call = 0; call < MetricsCalls; call++)
        {
            organization.Log.Clear();
            var stopwatch = Stopwatch.StartNew();
            results = organization.Service.Execute(new OrganizationRequest(GetSaveMetricsApi.MessageName)
            {
                [GetSaveMetricsApi.RequestFrom] = From,
                [GetSaveMetricsApi.RequestTo] = To,
            }).Results;
            times[call] = stopwatch.Elapsed.TotalSeconds;
        }

        var closed = (int)results![GetSaveMetricsApi.ResponseClosedSavePlans];
        output.WriteLine($"  crr_GetSaveMetrics   {times.Min().ToString("0.00", culture)} s per call (best of {MetricsCalls}; slowest {times.Max().ToString("0.00", culture)} s), {results[GetSaveMetricsApi.ResponseQueries]} queries per call (pages of 5,000 rows)");
        output.WriteLine($"  exact                {closed.ToString("N0", culture)} of {ClosedPlans.ToString("N0", culture)} closed plans counted ({(closed == ClosedPlans ? "all" : "MISSING SOME")}); success rate {Decimal(results[GetSaveMetricsApi.ResponseSaveSuccessRate])}%, post-save retention {Decimal(results[GetSaveMetricsApi.ResponsePostSaveRetention])}% over {results[GetSaveMetricsApi.ResponseNextRenewalsClosed]} next renewals closed");
        foreach (var outcome in new[] { SaveOutcomeChoice.Saved, SaveOutcomeChoice.Lost })
        {
            var (calls, micros) = LogOutcomes(metadata, outcome);
            output.WriteLine($"  crr_LogSaveOutcome   {(outcome == SaveOutcomeChoice.Saved ? "Saved" : "Lost ")}  {calls.ToString("0.0", culture)} service calls by the plugins per call, {micros.ToString("0", culture)} µs per call"
                + (outcome == SaveOutcomeChoice.Saved ? "  (read plan and contract, close the plan, the account's monitoring date, 26 weekly health checks)" : "  (read plan and contract, close the plan, look for the contract's win-back series, 3 win-back tasks)"));
        }
    }

    private static string Decimal(object? value) => value is decimal number ? number.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    // Plan i is on account i % Accounts and on its own renewal in 2026 (outcome 10 days before its term ends); a third of
    // the saved ones have a next renewal in 2027, a quarter of those lost.
    private static OrganizationEmulator MetricsOrganization(OrganizationMetadata metadata)
    {
        var organization = new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        var segments = new[] { SegmentChoice.Enterprise, SegmentChoice.MidMarket, SegmentChoice.SMB };
        var accounts = Enumerable.Range(0, Accounts).Select(i => new Entity(Account.EntityLogicalName, Guid.NewGuid())
        {
            [Account.Name] = "Account " + i.ToString(CultureInfo.InvariantCulture),
            [Account.Segment] = new OptionSetValue(segments[i % segments.Length]),
        }).ToArray();
        organization.Seed(accounts);
        var rows = new System.Collections.Generic.List<Entity>(ClosedPlans * 2);
        for (var i = 0; i < ClosedPlans; i++)
        {
            var account = accounts[i % Accounts].ToEntityReference();
            var outcomeDate = From.AddDays(i % 365);
            var termEnd = outcomeDate.AddDays(10);
            var outcome = Outcomes[i % Outcomes.Length];
            var renewal = Renewal(account, termEnd, outcome == SaveOutcomeChoice.Lost ? OpportunityStateCodeChoice.Lost : OpportunityStateCodeChoice.Won);
            rows.Add(renewal);
            if (outcome is SaveOutcomeChoice.Saved && i % 3 == 0)
            {
                rows.Add(Renewal(account, termEnd.AddYears(1), i / 12 % 4 == 0 ? OpportunityStateCodeChoice.Lost : OpportunityStateCodeChoice.Won));
            }

            rows.Add(new Entity(SavePlan.EntityLogicalName, Guid.NewGuid())
            {
                [SavePlan.Name] = "Save plan " + i.ToString(CultureInfo.InvariantCulture),
                [SavePlan.Account] = account,
                [SavePlan.RenewalOpportunity] = renewal.ToEntityReference(),
                [SavePlan.PlanStatus] = new OptionSetValue(SavePlanStatusChoice.Closed),
                [SavePlan.Outcome] = new OptionSetValue(outcome),
                [SavePlan.OutcomeDate] = outcomeDate,
                [SavePlan.SavedArr] = new Money(outcome == SaveOutcomeChoice.Saved ? 20_000m : 0m),
                [SavePlan.EffortCost] = new Money(1_000m),
                [SavePlan.TimeToSaveDays] = 10 + i % 30,
            });
        }

        organization.Seed(rows.ToArray());
        return organization;
    }

    private static Entity Renewal(EntityReference account, DateTime termEnd, int state) => new(Opportunity.EntityLogicalName, Guid.NewGuid())
    {
        [Opportunity.Name] = "Renewal",
        [Opportunity.IsRenewal] = true,
        [Opportunity.ParentAccountId] = account,
        [Opportunity.TermEndDate] = termEnd,
        [Opportunity.RiskCategory] = new OptionSetValue(RiskCategoryChoice.Red),
        [Opportunity.StateCode] = new OptionSetValue(state),
    };

    // Open plans on accounts with a contract, each logged once; the plugins' calls are the requests logged beyond the call itself.
    private static (double CallsPerLog, double MicrosecondsPerLog) LogOutcomes(OrganizationMetadata metadata, int outcome)
    {
        var organization = new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        var today = organization.Clock.Today;
        var plans = Enumerable.Range(0, OutcomeCalls).Select(i =>
        {
            var account = new Entity(Account.EntityLogicalName, Guid.NewGuid()) { [Account.Name] = "Account " + i.ToString(CultureInfo.InvariantCulture) };
            var contract = new Entity(CustomerContract.EntityLogicalName, Guid.NewGuid())
            {
                [CustomerContract.Name] = "Contract",
                [CustomerContract.Account] = account.ToEntityReference(),
                [CustomerContract.Arr] = new Money(50_000m),
                [CustomerContract.StartDate] = today.AddDays(-300),
                [CustomerContract.EndDate] = today.AddDays(65),
                [CustomerContract.TermMonths] = 12,
                [CustomerContract.ContractStatus] = new OptionSetValue(ContractStatusChoice.Active),
            };
            var plan = new Entity(SavePlan.EntityLogicalName, Guid.NewGuid())
            {
                [SavePlan.Name] = "Save plan",
                [SavePlan.Account] = account.ToEntityReference(),
                [SavePlan.Contract] = contract.ToEntityReference(),
                [SavePlan.PlanStatus] = new OptionSetValue(SavePlanStatusChoice.Open),
                [SavePlan.OwnerId] = organization.DefaultUser,
            };
            organization.Seed(account, contract, plan);
            return plan.Id;
        }).ToArray();
        organization.Log.Clear();
        long pluginCalls = 0;
        var stopwatch = Stopwatch.StartNew();
        foreach (var plan in plans)
        {
            var before = organization.Log.Requests.Count;
            organization.Service.Execute(new OrganizationRequest(LogSaveOutcomeApi.MessageName)
            {
                ["Target"] = new EntityReference(SavePlan.EntityLogicalName, plan),
                [LogSaveOutcomeApi.RequestOutcome] = new OptionSetValue(outcome),
                [LogSaveOutcomeApi.RequestOutcomeDate] = today,
                [LogSaveOutcomeApi.RequestSavedArr] = new Money(outcome == SaveOutcomeChoice.Saved ? 40_000m : 0m),
                [LogSaveOutcomeApi.RequestEffortHours] = 12m,
                [LogSaveOutcomeApi.RequestEffortCost] = new Money(2_000m),
            });
            pluginCalls += organization.Log.Requests.Count - before - 1;
            if (organization.Log.Requests.Count > LogKeptRequests)
            {
                organization.Log.Clear();
            }
        }

        return ((double)pluginCalls / OutcomeCalls, stopwatch.Elapsed.TotalMicroseconds / OutcomeCalls);
    }
}
