using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Cli.Demo;
using Crm.Renewals.Cli.Verify;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals verify [--quick] [--seed N]</c>: hostile inputs to every Custom API and every table step of the solution
/// on the demo's organization, as a user with the Renewals CSM role, and a table of what came of them with what each
/// figure must be; the full run then puts a sustained mixed load on 100,000 accounts and 1,000,000 contracts
/// (<c>--load-seconds</c>, 120 by default). <c>--quick</c> (CI) sends 300 inputs per target and runs no load.
/// </summary>
public sealed class VerifyCommand : ICommand
{
    private const int QuickInputs = 300;
    private const int FullInputs = 10_000;
    private const int DefaultSeed = 20261203;
    private const int DefaultLoadSeconds = 120;
    private const int QuickRounds = 3;
    private const int FullRounds = 20;
    private const int MaxDepth = 3;
    private const string CsmRole = "Renewals CSM";

    /// <inheritdoc />
    public string Name => "verify";

    /// <inheritdoc />
    public string Summary => "[--quick] [--seed N] [--inputs N] [--load-seconds N]: hostile inputs to every Custom API and table step, with the figures that must be zero, then a mixed load";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        bool quick = arguments.Contains("--quick");
        if (!TryOption(arguments, "--seed", DefaultSeed, out int seed, positive: false) || !TryOption(arguments, "--load-seconds", DefaultLoadSeconds, out int loadSeconds)
            || !TryOption(arguments, "--inputs", quick ? QuickInputs : FullInputs, out int perTarget))
        {
            output.WriteLine("usage: renewals verify " + Summary);
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        var organization = new OrganizationEmulator(OrganizationMetadata.ForRepositorySolution()).RegisterSolutionPlugins();
        var users = DemoUsers.Create(organization);
        new BookOfBusiness(organization, DemoCommand.Seed).Seed(users);
        organization.RunAsyncJobs();
        new RenewalDemoSweep(organization.Service).RunToday();
        organization.RunAsyncJobs();
        var csm = DemoUsers.WithSolutionRole(organization, "Fuzz Csm", CsmRole);
        var targets = new FuzzTargets(organization.Metadata, SeededRows(organization));
        // The seeding ran the solution's own chains (risk, save plans, renewals, the sweep): their depth counts too.
        int setupDepth = organization.Log.Steps.Select(step => step.Depth).DefaultIfEmpty(0).Max();
        organization.Log.Clear();
        var random = new Random(seed);
        var report = new FuzzRunner(organization, organization.ServiceFor(csm)).Run(targets.Names.SelectMany(target => targets.Cases(target, perTarget, random)));
        report.DeepestDepth = Math.Max(report.DeepestDepth, setupDepth);
        var concurrent = ConcurrentRun.Run(organization, users, quick ? QuickRounds : FullRounds);

        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"Verify ({(quick ? "quick" : "full")}: {perTarget.ToString("N0", culture)} inputs to each of {report.PerTarget.Count} targets, seed {seed}, as a Renewals CSM; {stopwatch.Elapsed.TotalSeconds.ToString("0.0", culture)} s)");
        output.WriteLine($"  {"figure",-44} {"value",10}  must be");
        Row(output, "inputs tried", report.Tried, "counted");
        Row(output, "  accepted (the store put back after each)", report.Accepted, "counted");
        Row(output, "  refusals with a clear message", report.ClearRefusals, "counted");
        Row(output, "unclear messages (or crashes)", report.Unclear, "0");
        Row(output, "stores changed by a refusal", report.StoresChanged, "0");
        Row(output, "deepest depth of the solution's steps", report.DeepestDepth, "3 or less (the platform stops at 8)");
        Row(output, "concurrent calls (8 threads on shared rows)", concurrent.Calls, "counted");
        Row(output, "  approved (5% each, by CSMs)", concurrent.Approved, "one a renewal at most");
        Row(output, "  duplicate renewals (terms with two)", concurrent.Duplicates, "0");
        Row(output, "  approvals beyond the approver's authority", concurrent.ForbiddenApprovals, "0");
        Row(output, "  lost updates", concurrent.LostUpdates, "0");
        Row(output, "  threads left hanging (5-minute timeout)", concurrent.Hung, "0");
        Row(output, "  waits for a lock past its timeout", concurrent.LockTimeouts, "0");
        Row(output, "  refused with the solution's answer", concurrent.Refused, "counted");
        Row(output, "  deadlock victims (rolled back, to retry)", concurrent.DeadlockVictims, "counted");
        output.WriteLine("  the calls overlap: each is a transaction that sees committed rows only and holds its row and key locks to its end");
        foreach (var (target, count) in report.UnclearPerTarget)
        {
            output.WriteLine($"  unclear: {target}: {count.ToString("N0", culture)}");
        }

        foreach (string example in report.Examples)
        {
            output.WriteLine("  example: " + example);
        }

        if (!quick)
        {
            output.WriteLine();
            LoadRun.Run(organization.Metadata, TimeSpan.FromSeconds(loadSeconds), output);
        }

        bool safe = concurrent.Duplicates == 0 && concurrent.ForbiddenApprovals == 0 && concurrent.LostUpdates == 0 && concurrent.Hung == 0 && concurrent.LockTimeouts == 0;
        return report.Unclear == 0 && report.StoresChanged == 0 && report.DeepestDepth <= MaxDepth && safe ? 0 : 1;
    }

    // The whole number after the option (positive unless said otherwise), or the default when the option is absent;
    // false when it is malformed.
    private static bool TryOption(IReadOnlyList<string> arguments, string option, int fallback, out int value, bool positive = true)
    {
        int at = arguments.ToList().IndexOf(option);
        value = fallback;
        return at < 0 || (at + 1 < arguments.Count && int.TryParse(arguments[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && (!positive || value > 0));
    }

    private static void Row(TextWriter output, string figure, int value, string mustBe) =>
        output.WriteLine($"  {figure,-44} {value.ToString("N0", CultureInfo.InvariantCulture),10}  {mustBe}");

    // A stored row of each table the targets can name, read as the system.
    private static Dictionary<string, Guid> SeededRows(OrganizationEmulator organization)
    {
        var rows = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var table in organization.Metadata.Tables)
        {
            var found = organization.Service.RetrieveMultiple(new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(false), TopCount = 1 }).Entities.FirstOrDefault();
            if (found is not null)
            {
                rows[table.LogicalName] = found.Id;
            }
        }

        return rows;
    }
}
