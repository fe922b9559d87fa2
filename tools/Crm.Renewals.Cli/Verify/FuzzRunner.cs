using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Crm.Renewals.Emulator;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Verify;

/// <summary>
/// Sends every generated input as a non-administrator user and judges the answer: a refusal must be the solution's
/// (InvalidPluginExecutionException) or the platform's own fault, with a message naming what was made hostile, and must
/// leave every row as it was (the store's fingerprint before and after). An accepted input is undone by restoring the
/// snapshot, so each input meets the same organization.
/// </summary>
public sealed class FuzzRunner
{
    private const int MaxExamples = 40;
    private const string Unexpected = "failed unexpectedly";
    private readonly OrganizationEmulator organization;
    private readonly IOrganizationService caller;

    /// <summary>Creates the runner.</summary>
    public FuzzRunner(OrganizationEmulator organization, IOrganizationService caller)
    {
        this.organization = organization ?? throw new ArgumentNullException(nameof(organization));
        this.caller = caller ?? throw new ArgumentNullException(nameof(caller));
    }

    /// <summary>Sends the inputs, one after another, each to the organization as it was before the first.</summary>
    public FuzzReport Run(IEnumerable<FuzzCase> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var report = new FuzzReport();
        var baseline = organization.Snapshot();
        string fingerprint = baseline.RowsFingerprint;
        foreach (var input in inputs)
        {
            report.Tried++;
            report.PerTarget[input.Target] = (report.PerTarget.TryGetValue(input.Target, out int sent) ? sent : 0) + 1;
            try
            {
                caller.Execute(input.Request);
                report.Accepted++;
                organization.Restore(baseline);
            }
            catch (Exception exception)
            {
                Judge(report, input, exception);
                if (organization.Snapshot().RowsFingerprint != fingerprint)
                {
                    report.StoresChanged++;
                    Example(report, input, "changed the store: " + exception.Message);
                    organization.Restore(baseline);
                }
            }

            report.DeepestDepth = Math.Max(report.DeepestDepth, organization.Log.Steps.Select(step => step.Depth).DefaultIfEmpty(0).Max());
            organization.Log.Clear();
        }

        return report;
    }

    private static void Judge(FuzzReport report, FuzzCase input, Exception exception)
    {
        bool refusal = exception is InvalidPluginExecutionException or FaultException<OrganizationServiceFault> or OrganizationFaultException;
        string message = exception.Message;
        bool named = input.Names.Any(name => !string.IsNullOrEmpty(name) && message.Contains(name, StringComparison.OrdinalIgnoreCase));
        if (refusal && named && !message.Contains(Unexpected, StringComparison.OrdinalIgnoreCase))
        {
            report.ClearRefusals++;
            return;
        }

        report.Unclear++;
        bool first = !report.UnclearPerTarget.ContainsKey(input.Target);
        report.UnclearPerTarget[input.Target] = (first ? 0 : report.UnclearPerTarget[input.Target]) + 1;
        if (first)
        {
            Example(report, input, $"{exception.GetType().Name}: {message}");
        }
    }

    private static void Example(FuzzReport report, FuzzCase input, string answer)
    {
        if (report.Examples.Count < MaxExamples)
        {
            report.Examples.Add($"{input.Description} -> {answer.Split('\n')[0]}");
        }
    }
}
