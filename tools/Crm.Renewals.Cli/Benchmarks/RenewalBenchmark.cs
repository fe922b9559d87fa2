using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Benchmarks;

/// <summary>
/// The daily sweep over 100,000 active contracts of which 10 % are due: wall time to the end of the sweep,
/// peak memory, the requests the plugin makes per generated renewal, and the longest single call (which must
/// stay far inside the platform's 2-minute limit, whatever the number of contracts).
/// </summary>
internal static class RenewalBenchmark
{
    /// <summary>Active contracts in the organization.</summary>
    public const int Contracts = 100_000;

    private const int Accounts = 2_000;
    private const int SeedBatch = 5_000;
    private const int RandomSeed = 20260108;

    // Of every 20 contracts: 2 are due (end within the mid-market lead time), 3 end inside the sweep's
    // longest window but are not due yet, 15 end later. Mid-market Green accounts: lead time 120 days.
    private const int Slots = 20;
    private const int DueSlots = 2;
    private const int InWindowSlots = 3;
    private const int DueWithinDays = 120;
    private const int WindowDays = 180;
    private const int LatestEndDays = 730;
    private const decimal Arr = 24_000m;
    private const int TermMonths = 12;

    /// <summary>Seeds the organization, runs the sweep with the largest page to the end, and writes the figures.</summary>
    /// <param name="metadata">The solution's metadata (loaded once by the bench command).</param>
    /// <param name="output">Where to write.</param>
    public static void Run(OrganizationMetadata metadata, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(output);
        var organization = new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        var seeding = Stopwatch.StartNew();
        var due = Seed(organization);
        output.WriteLine();
        output.WriteLine($"Renewal sweep: {Contracts:N0} active contracts ({due:N0} due today) seeded in {seeding.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");

        organization.Log.Clear();
        var flow = organization.ServiceFor(organization.Users.CreateUser("Renewal Scheduler"));
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var tally = new RenewalSweepTally();
        var wall = Stopwatch.StartNew();
        string? continuation = null;
        do
        {
            var request = new OrganizationRequest(GenerateRenewalsApi.MessageName) { [GenerateRenewalsApi.RequestPageSize] = RenewalSweep.MaxPageSize };
            if (continuation is not null)
            {
                request[GenerateRenewalsApi.RequestContinuation] = continuation;
            }

            var started = Stopwatch.GetTimestamp();
            var response = flow.Execute(request);
            tally.Call(Stopwatch.GetElapsedTime(started), response, organization.Log);
            organization.Log.Clear();
            continuation = (bool)response[GenerateRenewalsApi.ResponseMoreRecords] ? (string)response[GenerateRenewalsApi.ResponseContinuation] : null;
        }
        while (continuation is not null);

        wall.Stop();
        var managed = GC.GetTotalMemory(forceFullCollection: false) - memoryBefore;
        tally.Write(output, wall.Elapsed, managed, Process.GetCurrentProcess().PeakWorkingSet64);
        var duplicates = organization.Rows(Opportunity.EntityLogicalName)
            .GroupBy(row => row.GetAttributeValue<EntityReference>(Opportunity.Contract)?.Id)
            .Count(group => group.Count() > 1);
        output.WriteLine($"  renewals stored {organization.Rows(Opportunity.EntityLogicalName).Count:N0} for {due:N0} due contracts; contracts with more than one: {duplicates}");
    }

    private static int Seed(OrganizationEmulator organization)
    {
        var owner = organization.Users.CreateUser("Casey Morgan");
        var accounts = Enumerable.Range(0, Accounts).Select(index => new Entity(Account.EntityLogicalName, Guid.NewGuid())
        {
            [Account.Name] = "Account " + index.ToString(CultureInfo.InvariantCulture),
            [Account.OwnerId] = owner,
            [Account.Segment] = new OptionSetValue(SegmentChoice.MidMarket),
            [Account.RiskCategory] = new OptionSetValue(RiskCategoryChoice.Green),
        }).ToArray();
        organization.Seed(accounts);
        var random = new Random(RandomSeed);
        var today = organization.Clock.Today;
        var due = 0;
        foreach (var batch in Enumerable.Range(0, Contracts).Chunk(SeedBatch))
        {
            organization.Seed(batch.Select(index =>
            {
                var slot = index % Slots;
                var days = slot < DueSlots ? random.Next(0, DueWithinDays + 1)
                    : slot < DueSlots + InWindowSlots ? random.Next(DueWithinDays + 1, WindowDays + 1)
                    : random.Next(WindowDays + 1, LatestEndDays + 1);
                due += slot < DueSlots ? 1 : 0;
                var end = today.AddDays(days);
                return new Entity(CustomerContract.EntityLogicalName, Guid.NewGuid())
                {
                    [CustomerContract.Name] = "Contract " + index.ToString(CultureInfo.InvariantCulture),
                    [CustomerContract.Account] = accounts[index % Accounts].ToEntityReference(),
                    [CustomerContract.StartDate] = end.AddMonths(-TermMonths).AddDays(1),
                    [CustomerContract.EndDate] = end,
                    [CustomerContract.Arr] = new Money(Arr),
                    [CustomerContract.TermMonths] = TermMonths,
                    [CustomerContract.ContractStatus] = new OptionSetValue(ContractStatusChoice.Active),
                };
            }).ToArray());
        }

        return due;
    }
}
