using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Log;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>Writes what the demo did, in a few readable lines.</summary>
internal static class DemoReport
{
    private const string Separator = " · ";
    private const int FailuresShown = 3;

    public static void Write(TextWriter output, OrganizationEmulator organization, DemoUsers users, BookOfBusinessSummary summary, int seed, TimeSpan elapsed)
    {
        var culture = CultureInfo.InvariantCulture;
        var solution = organization.Metadata.Solution;
        var rows = new SchemaAwareRow(organization.Metadata);
        output.WriteLine($"Crm.Renewals demo on an emulated organization ({solution?.UniqueName} {solution?.Version} from Solution/src)");
        output.WriteLine($"  clock        {organization.Clock.UtcNow.ToString("dddd yyyy-MM-dd HH:mm", culture)} UTC");
        output.WriteLine();
        output.WriteLine($"Seeded a book of business (random seed {seed.ToString(culture)}):");
        var levels = users.Approvers.GroupBy(approver => approver.Level).Select(group => $"{group.Count()} {group.Key}");
        output.WriteLine($"  users        {users.Count}: {string.Join(", ", levels.Append($"{users.SalesReps.Count} sales reps"))}");
        output.WriteLine($"  accounts     {summary.Accounts.Count}: {Join(summary.Accounts.BySegment.Select(pair => $"{pair.Key} {pair.Value}"))}, owned by {users.Csms.Count} CSMs");
        output.WriteLine($"               signals drawn as {Join(summary.Accounts.ByProfile.Select(pair => $"{pair.Key} {pair.Value}"))}");
        var categories = organization.Rows(DemoColumns.Account)
            .Select(account => account.GetAttributeValue<OptionSetValue>(DemoColumns.RiskCategory))
            .Where(category => category is not null)
            .GroupBy(category => category!.Value)
            .OrderBy(group => group.Key)
            .Select(group => $"{rows.Label(DemoColumns.Account, DemoColumns.RiskCategory, group.Key)} {group.Count()}")
            .ToArray();
        output.WriteLine(categories.Length == 0
            ? "               risk category: not set by the solution (no risk plugin registered yet)"
            : $"               risk category set by the solution: {Join(categories)}");
        output.WriteLine($"  contracts    {summary.Contracts.Count} active, ARR {summary.Contracts.TotalArr.ToString("C0", CultureInfo.GetCultureInfo("en-US"))}; ending {Join(summary.Contracts.EndingByQuarter.Select(pair => $"{pair.Key} {pair.Value}"))}");
        WriteFailures(output, summary.Failures);
        output.WriteLine();
        var requests = organization.Log.Requests;
        var failedJobs = organization.SystemJobs.Count(job => job.Status == SystemJobStatus.Failed);
        output.WriteLine($"Pipeline: {requests.Count} requests ({requests.Count(request => request.Outcome == OperationOutcome.Failed)} failed), "
            + $"{organization.Log.Steps.Count} plugin executions, {organization.SystemJobs.Count} asynchronous jobs ({failedJobs} failed)");
        output.WriteLine($"Done in {elapsed.TotalSeconds.ToString("0.00", culture)} s.");
    }

    private static void WriteFailures(TextWriter output, IReadOnlyList<string> failures)
    {
        if (failures.Count == 0)
        {
            return;
        }

        output.WriteLine($"  refused      {failures.Count} rows, e.g.:");
        foreach (var failure in failures.Take(FailuresShown))
        {
            output.WriteLine("                 " + failure);
        }
    }

    private static string Join(IEnumerable<string> parts) => string.Join(Separator, parts);
}
