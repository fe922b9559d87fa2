using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Cli.Benchmarks;

/// <summary>What the sweep's calls did, read from their responses and from the requests the plugin made (the log of each call).</summary>
internal sealed class RenewalSweepTally
{
    private const string RetrieveMultiple = "RetrieveMultiple";
    private const string Create = "Create";
    private const string Update = "Update";
    private const int PluginDepth = 2;

    private int calls;
    private int created;
    private int skipped;
    private int failed;
    private int queries;
    private int opportunityCreates;
    private int contractUpdates;
    private int otherRequests;
    private int taskCreates;
    private TimeSpan longest;

    /// <summary>Adds one call.</summary>
    public void Call(TimeSpan elapsed, OrganizationResponse response, OperationLog log)
    {
        calls++;
        longest = elapsed > longest ? elapsed : longest;
        created += (int)response[GenerateRenewalsApi.ResponseCreated];
        skipped += (int)response[GenerateRenewalsApi.ResponseSkipped];
        failed += (int)response[GenerateRenewalsApi.ResponseFailed];

        // Requests of the plugin run at depth 2; deep insert's task creates run inside the opportunity's Create, at the same depth.
        foreach (var request in log.Requests.Where(request => request.Depth == PluginDepth && request.EntityName != EnvironmentVariableDefinition.EntityLogicalName))
        {
            switch (request.MessageName, request.EntityName)
            {
                case (RetrieveMultiple, _):
                    queries++;
                    break;
                case (Create, Opportunity.EntityLogicalName):
                    opportunityCreates++;
                    break;
                case (Create, TaskTable.EntityLogicalName):
                    taskCreates++;
                    break;
                case (Update, CustomerContract.EntityLogicalName):
                    contractUpdates++;
                    break;
                default:
                    otherRequests++;
                    break;
            }
        }
    }

    /// <summary>Writes the figures.</summary>
    public void Write(TextWriter output, TimeSpan wall, long managedBytes, long peakWorkingSet)
    {
        var culture = CultureInfo.InvariantCulture;
        var perRenewal = created == 0 ? 0 : (double)(queries + opportunityCreates + contractUpdates + otherRequests) / created;
        output.WriteLine($"  wall time {wall.TotalSeconds.ToString("0.00", culture)} s for {calls} calls of up to 250 contracts; longest call {longest.TotalMilliseconds.ToString("0", culture)} ms "
            + $"(limit 120,000 ms); created {created:N0}, skipped {skipped:N0}, failed {failed:N0}");
        output.WriteLine($"  requests by the plugin: {opportunityCreates:N0} Create of opportunity (each with its tasks inside: {taskCreates:N0} task rows in the same requests), "
            + $"{contractUpdates:N0} Update of contract (each taken before its renewal is created, then pointed at it), {queries:N0} RetrieveMultiple "
            + $"(3 a call: the page, the renewals its terms already have, the same once the contracts are taken), {otherRequests} other");
        output.WriteLine($"  per generated renewal: {perRenewal.ToString("0.000", culture)} requests (target 1 create + 1 query per page of 5,000 = {(1 + 1.0 / 5_000).ToString("0.000", culture)}; "
            + "the two contract updates are the taking, which makes two generations at once wait for each other instead of meeting at the key, and the pointer to the current renewal that keeps renewed contracts out of tomorrow's query)");
        output.WriteLine($"  memory: managed heap grew {(managedBytes / (1024.0 * 1024)).ToString("0", culture)} MB during the sweep; process peak working set {(peakWorkingSet / (1024.0 * 1024)).ToString("0", culture)} MB (the whole emulated organization included)");
    }
}
