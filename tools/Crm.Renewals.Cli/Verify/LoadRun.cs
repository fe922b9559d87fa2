using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Crm.Renewals.Cli.Demo;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Verify;

/// <summary>
/// A sustained mixed workload on an organization of 100,000 accounts and 1,000,000 contracts for a fixed time: health
/// signal updates (the risk steps, Red transitions and their save plans), contract edits (validation and the open
/// renewal following), sweep calls, concession approvals and outcome logs. First one stream, where each operation's
/// service calls are counted exactly; then <see cref="UserStreams"/> users at once beside a sweep running back to back,
/// where the calls overlap with the database's isolation. Prints throughput, p50/p95/p99 per operation, service calls
/// per operation, refusals, deadlock victims, lock timeouts and memory.
/// </summary>
public static class LoadRun
{
    private const int Accounts = 100_000;
    private const int ContractsPerAccount = 10;
    private const int SeedBatch = 20_000;
    private const int RandomSeed = 20261203;
    private const int LogKept = 20_000;
    private const int UserStreams = 3;

    /// <summary>Seeds, runs each phase of the workload for <paramref name="duration"/> and writes the figures.</summary>
    public static void Run(OrganizationMetadata metadata, TimeSpan duration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        var seeding = Stopwatch.StartNew();
        var organization = new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        var users = DemoUsers.Create(organization);
        var (accounts, contracts) = Seed(organization, users.Csms[0]);
        organization.RunAsyncJobs();
        var workload = new LoadWorkload(organization, users, accounts, contracts);
        output.WriteLine($"Load: {Accounts.ToString("N0", culture)} accounts, {(Accounts * ContractsPerAccount).ToString("N0", culture)} contracts, seeded in {seeding.Elapsed.TotalSeconds.ToString("0.0", culture)} s; mixed workload for {duration.TotalSeconds.ToString("0", culture)} s a phase");

        output.WriteLine("One stream (service calls counted per operation):");
        var single = OneStream(organization, workload, duration, out var singleElapsed);
        single.Write(output, singleElapsed);
        Totals(output, single, singleElapsed, calls: null);

        output.WriteLine($"{UserStreams} users at once beside a sweep running back to back (the calls overlap; service calls counted in all):");
        int before = organization.Log.Requests.Count;
        var overlapping = Streams(workload, duration, out var overlapElapsed);
        overlapping.Write(output, overlapElapsed);
        Totals(output, overlapping, overlapElapsed, organization.Log.Requests.Count - before);
    }

    private static LoadFigures OneStream(OrganizationEmulator organization, LoadWorkload workload, TimeSpan duration, out TimeSpan elapsed)
    {
        var figures = new LoadFigures();
        var random = new Random(RandomSeed);
        string? continuation = null;
        organization.Log.Clear();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            string op = workload.Pick(random, withSweeps: true);
            int before = organization.Log.Requests.Count;
            var started = Stopwatch.GetTimestamp();
            var refusal = workload.TryPerform(op, random, ref continuation);

            figures.Add(op, Stopwatch.GetElapsedTime(started).TotalMilliseconds, organization.Log.Requests.Count - before, refusal);
            workload.Harvest(organization.Log.Requests.Skip(before).Where(r => r.MessageName == "Create" && r.EntityId != Guid.Empty).Select(r => (r.EntityName, r.EntityId)));
            if (organization.Log.Requests.Count > LogKept)
            {
                organization.Log.Clear();
            }
        }

        elapsed = clock.Elapsed;
        organization.Log.Clear();
        return figures;
    }

    // One thread sweeping back to back, the others users; each keeps going until the time is up.
    private static LoadFigures Streams(LoadWorkload workload, TimeSpan duration, out TimeSpan elapsed)
    {
        var figures = new LoadFigures();
        var clock = Stopwatch.StartNew();
        void Stream(int index)
        {
            var random = new Random(RandomSeed + index);
            string? continuation = null;
            while (clock.Elapsed < duration)
            {
                string op = index == 0 ? LoadWorkload.SweepCall : workload.Pick(random, withSweeps: false);
                var started = Stopwatch.GetTimestamp();
                var refusal = workload.TryPerform(op, random, ref continuation);

                figures.Add(op, Stopwatch.GetElapsedTime(started).TotalMilliseconds, serviceCalls: null, refusal);
            }
        }

        var threads = Enumerable.Range(0, UserStreams + 1).Select(index => new Thread(() => Stream(index)) { IsBackground = true }).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        elapsed = clock.Elapsed;
        return figures;
    }

    private static void Totals(TextWriter output, LoadFigures figures, TimeSpan elapsed, long? calls)
    {
        var culture = CultureInfo.InvariantCulture;
        string callsText = calls is long made ? $"; {made.ToString("N0", culture)} service calls, {((double)made / Math.Max(1, figures.Count)).ToString("0.0", culture)} an operation" : string.Empty;
        output.WriteLine($"  all: {figures.Count.ToString("N0", culture)} operations, {(figures.Count / elapsed.TotalSeconds).ToString("0.0", culture)} per s{callsText}; deadlock victims {figures.DeadlockVictims.ToString("N0", culture)}, lock timeouts {figures.LockTimeouts.ToString("N0", culture)}; managed heap {(GC.GetTotalMemory(false) / 1_048_576.0).ToString("N0", culture)} MB, working set {(Environment.WorkingSet / 1_048_576.0).ToString("N0", culture)} MB");
    }

    private static (Guid[] Accounts, Guid[] Contracts) Seed(OrganizationEmulator organization, EntityReference owner)
    {
        var random = new Random(RandomSeed);
        var today = organization.Clock.Today;
        var accounts = Enumerable.Range(0, Accounts).Select(index => new Entity(Account.EntityLogicalName, Guid.NewGuid())
        {
            [Account.Name] = "Load account " + index.ToString(CultureInfo.InvariantCulture),
            [Account.OwnerId] = owner,
            [Account.Segment] = new OptionSetValue(SegmentChoice.MidMarket),
            [Account.RiskCategory] = new OptionSetValue(RiskCategoryChoice.Green),
            [Account.HealthScore] = 80,
        }).ToArray();
        organization.Seed(accounts);
        var contracts = new Guid[Accounts * ContractsPerAccount];
        foreach (var batch in Enumerable.Range(0, contracts.Length).Chunk(SeedBatch))
        {
            organization.Seed(batch.Select(index =>
            {
                var end = today.AddDays(random.Next(1, 3 * 365));
                contracts[index] = Guid.NewGuid();
                return new Entity(CustomerContract.EntityLogicalName, contracts[index])
                {
                    [CustomerContract.Name] = "Load contract " + index.ToString(CultureInfo.InvariantCulture),
                    [CustomerContract.Account] = new EntityReference(Account.EntityLogicalName, accounts[index / ContractsPerAccount].Id),
                    [CustomerContract.StartDate] = end.AddMonths(-12).AddDays(1),
                    [CustomerContract.EndDate] = end,
                    [CustomerContract.Arr] = new Money(50_000m),
                    [CustomerContract.TermMonths] = 12,
                    [CustomerContract.ContractStatus] = new OptionSetValue(ContractStatusChoice.Active),
                };
            }).ToArray());
        }

        return (accounts.Select(a => a.Id).ToArray(), contracts);
    }
}
