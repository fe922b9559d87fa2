using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Benchmarks;

/// <summary>
/// 10,000 approvals through the pipeline with the solution's plugins (each a manager approving a CSM's 5 % discount on
/// its own renewal): time per approval and the service calls the plugins make per approval (target at most 3: the
/// approved discounts on the renewal, the approver's authorities, the chain step); then 100,000 calls of
/// <c>crr_EvaluateConcession</c>.
/// </summary>
internal static class ApprovalBenchmark
{
    /// <summary>Approvals measured.</summary>
    public const int Approvals = 10_000;

    /// <summary>Evaluations measured.</summary>
    public const int Evaluations = 100_000;

    private const int ConcessionsPerRound = 1_000;
    private const int Rounds = Approvals / ConcessionsPerRound;
    private const int CallTarget = 3;
    private const int LogKeptRequests = 10_000;
    private const decimal Discount = 5m;

    /// <summary>Runs the benchmark and writes its figures.</summary>
    /// <param name="metadata">The solution's metadata (loaded once by the bench command).</param>
    /// <param name="output">Where to write.</param>
    public static void Run(OrganizationMetadata metadata, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(output);
        long pluginCalls = 0;
        var approving = TimeSpan.Zero;
        (OrganizationEmulator Organization, IOrganizationService Approver, Guid Concession)? last = null;
        for (var round = 0; round < Rounds; round++)
        {
            var (organization, requester, approver) = Organization(metadata);
            var concessions = Submit(organization, requester);
            organization.Log.Clear();
            var stopwatch = Stopwatch.StartNew();
            foreach (var id in concessions)
            {
                var before = organization.Log.Requests.Count;
                approver.Update(new Entity(Concession.EntityLogicalName, id) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });
                pluginCalls += organization.Log.Requests.Count - before - 1;
                if (organization.Log.Requests.Count > LogKeptRequests)
                {
                    organization.Log.Clear();
                }
            }

            approving += stopwatch.Elapsed;
            last = (organization, approver, concessions[0]);
        }

        var evaluating = Evaluate(last!.Value.Organization, last.Value.Approver, last.Value.Concession);
        Write(output, approving, (double)pluginCalls / Approvals, evaluating);
    }

    // The emulator scans a table to answer a query (Dataverse uses an index), so each round keeps the concession table
    // at ConcessionsPerRound rows: the figures are then the plugins' cost, not the emulator's scan of a growing table.
    private static (OrganizationEmulator Organization, IOrganizationService Requester, IOrganizationService Approver) Organization(OrganizationMetadata metadata)
    {
        var organization = new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        var csm = organization.Users.CreateUser("Casey Csm");
        var manager = organization.Users.CreateUser("Morgan Manager");
        Demo.DemoUsers.Grant(organization, manager, AuthorityLevel.Manager);
        return (organization, organization.ServiceFor(csm), organization.ServiceFor(manager));
    }

    private static Guid[] Submit(OrganizationEmulator organization, IOrganizationService requester)
    {
        var ids = new Guid[ConcessionsPerRound];
        for (var index = 0; index < ConcessionsPerRound; index++)
        {
            var renewal = organization.Service.Create(new Entity(Opportunity.EntityLogicalName) { [Opportunity.Name] = "Benchmark renewal " + index.ToString(CultureInfo.InvariantCulture) });
            ids[index] = requester.Create(new Entity(Concession.EntityLogicalName)
            {
                [Concession.Name] = "5% for a 3-year commitment",
                [Concession.ConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
                [Concession.DiscountPercent] = Discount,
                [Concession.TiedTo] = "3-year commitment",
                [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Submitted),
                [Concession.RenewalOpportunity] = new EntityReference(Opportunity.EntityLogicalName, renewal),
            });
            if (organization.Log.Requests.Count > LogKeptRequests)
            {
                organization.Log.Clear();
            }
        }

        return ids;
    }

    private static TimeSpan Evaluate(OrganizationEmulator organization, IOrganizationService caller, Guid concession)
    {
        var request = new OrganizationRequest(EvaluateConcessionApi.MessageName)
        {
            [EvaluateConcessionApi.RequestConcession] = new EntityReference(Concession.EntityLogicalName, concession),
            [EvaluateConcessionApi.RequestConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
            [EvaluateConcessionApi.RequestDiscountPercent] = 12m,
        };
        organization.Log.Clear();
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < Evaluations; index++)
        {
            caller.Execute(request);
            if (organization.Log.Requests.Count > LogKeptRequests)
            {
                organization.Log.Clear();
            }
        }

        return stopwatch.Elapsed;
    }

    private static void Write(TextWriter output, TimeSpan approving, double callsPerApproval, TimeSpan evaluating)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"Approvals: {Approvals.ToString("N0", culture)} approvals through the pipeline (a manager approving a CSM's {Discount.ToString("0", culture)}% discount, each on its own renewal; {Rounds} organizations of {ConcessionsPerRound.ToString("N0", culture)} concessions)");
        output.WriteLine($"  time per approval          {(approving.TotalMicroseconds / Approvals).ToString("0.0", culture)} µs  ({approving.TotalSeconds.ToString("0.00", culture)} s in all)");
        output.WriteLine($"  service calls by plugins   {callsPerApproval.ToString("0.000", culture)} per approval  (target at most {CallTarget}: {(callsPerApproval <= CallTarget ? "met" : "MISSED")})");
        output.WriteLine($"  crr_EvaluateConcession     {Evaluations.ToString("N0", culture)} calls (a manager, on a stored concession, over {ConcessionsPerRound.ToString("N0", culture)} concessions) in {evaluating.TotalSeconds.ToString("0.00", culture)} s  ({(evaluating.TotalMicroseconds / Evaluations).ToString("0.0", culture)} µs per call)");
    }
}
