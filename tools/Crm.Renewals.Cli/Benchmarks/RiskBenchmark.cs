using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Benchmarks;

/// <summary>
/// 100,000 account updates through the pipeline with the solution's plugins: updates per second, and
/// the service calls the plugins make per update, separately for updates that leave the category as it
/// was (target: none) and for updates that change it (a history row; on entry into Red also the query
/// for an open save plan, and the plan itself when there is none).
/// </summary>
internal static class RiskBenchmark
{
    /// <summary>Updates measured.</summary>
    public const int Updates = 100_000;

    private const int Accounts = 1_000;
    // Each account changes category in one round of updates out of this many, so every account flips.
    private const int ChangeEvery = 10;
    private const int BaselineUpdates = 20_000;
    private const int LogKeptRequests = 10_000;
    private const int SteadyHealthFrom = 75;
    private const int SteadyHealthSpread = 20;

    /// <summary>Runs the benchmark and writes its figures.</summary>
    /// <param name="metadata">The solution's metadata (loaded once by the bench command).</param>
    /// <param name="output">Where to write.</param>
    public static void Run(OrganizationMetadata metadata, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(output);
        var organization = new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        var ids = SeedGreenAccounts(organization);
        var red = new bool[Accounts];
        long steadyCalls = 0, changingCalls = 0;
        var steadyUpdates = 0;
        var changingUpdates = 0;
        organization.Log.Clear();
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < Updates; index++)
        {
            var account = index % Accounts;
            var changes = ((index / Accounts) + account) % ChangeEvery == 0;
            var update = new Entity(Account.EntityLogicalName, ids[account]);
            if (changes)
            {
                red[account] = !red[account];
                update[Account.CompetitiveSignal] = red[account];
                update[Account.BudgetSignal] = red[account];
            }
            else
            {
                update[Account.HealthScore] = SteadyHealthFrom + (index % SteadyHealthSpread);
            }

            var before = organization.Log.Requests.Count;
            organization.Service.Update(update);
            var pluginCalls = organization.Log.Requests.Count - before - 1;
            if (changes)
            {
                changingCalls += pluginCalls;
                changingUpdates++;
            }
            else
            {
                steadyCalls += pluginCalls;
                steadyUpdates++;
            }

            if (organization.Log.Requests.Count > LogKeptRequests)
            {
                organization.Log.Clear();
            }
        }

        var elapsed = stopwatch.Elapsed;
        var baseline = Baseline(organization, ids);
        Write(output, elapsed, baseline, (steadyCalls, steadyUpdates), (changingCalls, changingUpdates));
    }

    private static Guid[] SeedGreenAccounts(OrganizationEmulator organization)
    {
        var ids = new Guid[Accounts];
        for (var index = 0; index < Accounts; index++)
        {
            ids[index] = organization.Service.Create(new Entity(Account.EntityLogicalName)
            {
                [Account.Name] = "Benchmark account " + index.ToString(CultureInfo.InvariantCulture),
                [Account.HealthScore] = SteadyHealthFrom,
                [Account.AdoptionPercent] = 80m,
                [Account.Nps] = 30,
                [Account.RelationshipStrength] = new OptionSetValue(RelationshipStrengthChoice.Moderate),
                [Account.SupportSentiment] = new OptionSetValue(SupportSentimentChoice.Positive),
            });
        }

        return ids;
    }

    // Updates of a column the risk steps do not listen to: the pipeline without them, for comparison.
    private static TimeSpan Baseline(OrganizationEmulator organization, Guid[] ids)
    {
        organization.Log.Clear();
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < BaselineUpdates; index++)
        {
            organization.Service.Update(new Entity(Account.EntityLogicalName, ids[index % Accounts]) { [Account.NumberOfEmployees] = index });
            if (organization.Log.Requests.Count > LogKeptRequests)
            {
                organization.Log.Clear();
            }
        }

        return stopwatch.Elapsed / BaselineUpdates * Updates;
    }

    private static void Write(TextWriter output, TimeSpan elapsed, TimeSpan baseline, (long Calls, int Updates) steady, (long Calls, int Updates) changing)
    {
        var culture = CultureInfo.InvariantCulture;
        var perSecond = Updates / elapsed.TotalSeconds;
        var perUpdate = elapsed.TotalMicroseconds / Updates;
        var risk = (elapsed - baseline).TotalMicroseconds / Updates;
        var steadyRate = steady.Updates == 0 ? 0 : (double)steady.Calls / steady.Updates;
        var changingRate = changing.Updates == 0 ? 0 : (double)changing.Calls / changing.Updates;
        output.WriteLine();
        output.WriteLine($"Risk: {Updates.ToString("N0", culture)} account updates through the pipeline ({Accounts.ToString("N0", culture)} accounts, 1 in {ChangeEvery} changes the category)");
        output.WriteLine($"  throughput      {perSecond.ToString("N0", culture)} updates/s  ({perUpdate.ToString("0.0", culture)} µs per update, of which {risk.ToString("0.0", culture)} µs for the steps listening to the signal columns)");
        output.WriteLine("  service calls made by the plugins per update:");
        output.WriteLine($"    category unchanged  {steadyRate.ToString("0.000", culture)}  over {steady.Updates.ToString("N0", culture)} updates  (target 0: {(steady.Calls == 0 ? "met" : "MISSED")})");
        output.WriteLine($"    category changed    {changingRate.ToString("0.000", culture)}  over {changing.Updates.ToString("N0", culture)} updates  "
            + "(history row and the account's open renewals, which follow the category; entering Red adds the open-plan query, and the plan with its contract lookup when none is open)");
    }
}
