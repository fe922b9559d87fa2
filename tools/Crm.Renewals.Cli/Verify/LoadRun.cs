using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Cli.Demo;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Cli.Verify;

/// <summary>
/// A sustained mixed workload on an organization of 100,000 accounts and 1,000,000 contracts for a fixed time: health
/// signal updates (the risk steps, Red transitions and their save plans), contract edits (validation and the open
/// renewal following), sweep calls, concession approvals and outcome logs. Prints throughput, p50/p95/p99 per
/// operation, service calls per operation and memory. The emulator serves one call at a time, so this is one stream.
/// </summary>
public static class LoadRun
{
    private const int Accounts = 100_000;
    private const int ContractsPerAccount = 10;
    private const int SeedBatch = 20_000;
    private const int RandomSeed = 20261203;
    private const int LogKept = 20_000;

    /// <summary>Seeds, runs the workload for <paramref name="duration"/> and writes the figures.</summary>
    public static void Run(OrganizationMetadata metadata, TimeSpan duration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        var seeding = Stopwatch.StartNew();
        var organization = new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        var users = DemoUsers.Create(organization);
        var (accounts, contracts) = Seed(organization, users.Csms[0]);
        organization.RunAsyncJobs();
        output.WriteLine($"Load: {Accounts.ToString("N0", culture)} accounts, {(Accounts * ContractsPerAccount).ToString("N0", culture)} contracts, seeded in {seeding.Elapsed.TotalSeconds.ToString("0.0", culture)} s; mixed workload for {duration.TotalSeconds.ToString("0", culture)} s");

        var random = new Random(RandomSeed);
        var csm = organization.ServiceFor(users.Csms[0]);
        var manager = organization.ServiceFor(users.Approvers.First(a => a.Level == AuthorityLevels.DisplayName(AuthorityLevel.Manager)).User);
        string? continuation = null;
        var renewals = new List<Guid>();
        var plans = new Queue<Guid>();
        var timings = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        var calls = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var failures = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        organization.Log.Clear();
        while (clock.Elapsed < duration)
        {
            int pick = random.Next(100);
            string op = pick < 45 ? "signal update" : pick < 70 ? "contract edit" : pick < 80 ? "sweep call" : pick < 92 ? "concession approval" : "outcome log";
            if ((op == "concession approval" && renewals.Count == 0) || (op == "outcome log" && plans.Count == 0))
            {
                op = "sweep call";
            }

            int before = organization.Log.Requests.Count;
            var started = Stopwatch.GetTimestamp();
            try
            {
                switch (op)
                {
                    case "signal update":
                        var account = accounts[random.Next(accounts.Length)];
                        organization.Service.Update(new Entity(Account.EntityLogicalName, account) { [Account.HealthScore] = random.Next(20, 95) });
                        break;
                    case "contract edit":
                        organization.Service.Update(new Entity(CustomerContract.EntityLogicalName, contracts[random.Next(contracts.Length)]) { [CustomerContract.Arr] = new Money(random.Next(5, 200) * 1_000m) });
                        break;
                    case "sweep call":
                        var request = new OrganizationRequest(GenerateRenewalsApi.MessageName);
                        if (continuation is not null)
                        {
                            request[GenerateRenewalsApi.RequestContinuation] = continuation;
                        }

                        var page = organization.Service.Execute(request);
                        continuation = (bool)page[GenerateRenewalsApi.ResponseMoreRecords] ? (string)page[GenerateRenewalsApi.ResponseContinuation] : null;
                        break;
                    case "concession approval":
                        var concession = csm.Create(new Entity(Concession.EntityLogicalName)
                        {
                            [Concession.Name] = "5% for a 3-year commitment",
                            [Concession.ConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
                            [Concession.DiscountPercent] = 5m,
                            [Concession.TiedTo] = "3-year commitment",
                            [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Submitted),
                            [Concession.RenewalOpportunity] = new EntityReference(Opportunity.EntityLogicalName, renewals[random.Next(renewals.Count)]),
                        });
                        manager.Update(new Entity(Concession.EntityLogicalName, concession) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });
                        break;
                    default:
                        organization.Service.Execute(new OrganizationRequest(LogSaveOutcomeApi.MessageName)
                        {
                            ["Target"] = new EntityReference(SavePlan.EntityLogicalName, plans.Dequeue()),
                            [LogSaveOutcomeApi.RequestOutcome] = new OptionSetValue(SaveOutcomeChoice.Lost),
                            [LogSaveOutcomeApi.RequestOutcomeDate] = organization.Clock.Today,
                            [LogSaveOutcomeApi.RequestSavedArr] = new Money(0m),
                            [LogSaveOutcomeApi.RequestEffortHours] = 4m,
                            [LogSaveOutcomeApi.RequestEffortCost] = new Money(400m),
                        });
                        break;
                }
            }
            catch (Exception exception) when (exception is InvalidPluginExecutionException or OrganizationFaultException)
            {
                // A refusal the rules give (a concession beyond a budget, a closed plan) is an answer, timed like the others.
                failures[op] = (failures.TryGetValue(op, out int failed) ? failed : 0) + 1;
            }

            (timings.TryGetValue(op, out var list) ? list : timings[op] = []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            calls[op] = (calls.TryGetValue(op, out long sum) ? sum : 0) + organization.Log.Requests.Count - before;
            Harvest(organization, before, renewals, plans);
        }

        output.WriteLine($"  {"operation",-22} {"count",8} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"calls/op",9} {"refused",8}");
        foreach (var (op, list) in timings)
        {
            list.Sort();
            output.WriteLine($"  {op,-22} {list.Count.ToString("N0", culture),8} {(list.Count / clock.Elapsed.TotalSeconds).ToString("0.0", culture),8} "
                + $"{Percentile(list, 0.50).ToString("0.00", culture),8} {Percentile(list, 0.95).ToString("0.00", culture),8} {Percentile(list, 0.99).ToString("0.00", culture),8} "
                + $"{((double)calls[op] / list.Count).ToString("0.0", culture),9} {(failures.TryGetValue(op, out int refused) ? refused : 0).ToString("N0", culture),8}");
        }

        int total = timings.Values.Sum(l => l.Count);
        output.WriteLine($"  all: {total.ToString("N0", culture)} operations, {(total / clock.Elapsed.TotalSeconds).ToString("0.0", culture)} per s; managed heap {(GC.GetTotalMemory(false) / 1_048_576.0).ToString("N0", culture)} MB, working set {(Environment.WorkingSet / 1_048_576.0).ToString("N0", culture)} MB");
    }

    // Renewals and open save plans the workload made, for the approvals and outcome logs that follow; the log is kept short.
    private static void Harvest(OrganizationEmulator organization, int from, List<Guid> renewals, Queue<Guid> plans)
    {
        var requests = organization.Log.Requests;
        for (var index = from; index < requests.Count; index++)
        {
            var request = requests[index];
            if (request.MessageName != "Create")
            {
                continue;
            }

            if (request.EntityName == Opportunity.EntityLogicalName && request.EntityId != Guid.Empty)
            {
                renewals.Add(request.EntityId);
            }
            else if (request.EntityName == SavePlan.EntityLogicalName && request.EntityId != Guid.Empty)
            {
                plans.Enqueue(request.EntityId);
            }
        }

        if (organization.Log.Requests.Count > LogKept)
        {
            organization.Log.Clear();
        }
    }

    private static double Percentile(List<double> sorted, double share) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

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
