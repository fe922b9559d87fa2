using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Cli.Demo;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Verify;

/// <summary>
/// The operations of the load and the rows they work on, safe to run from several threads: the renewals and open save
/// plans the workload has made so far are shared by every stream.
/// </summary>
internal sealed class LoadWorkload
{
    public const string SignalUpdate = "signal update";
    public const string ContractEdit = "contract edit";
    public const string SweepCall = "sweep call";
    public const string ConcessionApproval = "concession approval";
    public const string OutcomeLog = "outcome log";

    private readonly OrganizationEmulator organization;
    private readonly Guid[] accounts;
    private readonly Guid[] contracts;
    private readonly IOrganizationService csm;
    private readonly IOrganizationService manager;
    private readonly List<Guid> renewals = [];
    private readonly ConcurrentQueue<Guid> plans = new();

    public LoadWorkload(OrganizationEmulator organization, DemoUsers users, Guid[] accounts, Guid[] contracts)
    {
        this.organization = organization;
        this.accounts = accounts;
        this.contracts = contracts;
        csm = organization.ServiceFor(users.Csms[0]);
        manager = organization.ServiceFor(users.Approvers.First(a => a.Level == AuthorityLevels.DisplayName(AuthorityLevel.Manager)).User);
    }

    /// <summary>A user's operation: mostly signal updates and contract edits, some approvals and outcome logs; sweeps when <paramref name="withSweeps"/>.</summary>
    public string Pick(Random random, bool withSweeps)
    {
        int pick = random.Next(100);
        string op = pick < 45 ? SignalUpdate : pick < 70 ? ContractEdit : pick < 80 ? (withSweeps ? SweepCall : SignalUpdate) : pick < 92 ? ConcessionApproval : OutcomeLog;
        bool noRenewal;
        lock (renewals)
        {
            noRenewal = renewals.Count == 0;
        }

        return (op == ConcessionApproval && noRenewal) || (op == OutcomeLog && plans.IsEmpty) ? (withSweeps ? SweepCall : SignalUpdate) : op;
    }

    /// <summary>
    /// Runs one operation (a sweep call carries on from <paramref name="continuation"/> and moves it on); returns the
    /// refusal when the rules or the database gave one, which is an answer, timed like the others.
    /// </summary>
    public Exception? TryPerform(string op, Random random, ref string? continuation)
    {
        try
        {
            continuation = Perform(op, random, continuation);
            return null;
        }
        catch (Exception exception) when (exception is InvalidPluginExecutionException or OrganizationFaultException)
        {
            return exception;
        }
    }

    /// <summary>A 5% price discount tied to a 3-year commitment, submitted on <paramref name="renewal"/>: within a CSM's own authority.</summary>
    public static Entity FivePercent(Guid renewal) => new(Concession.EntityLogicalName)
    {
        [Concession.Name] = "5% for a 3-year commitment",
        [Concession.ConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
        [Concession.DiscountPercent] = 5m,
        [Concession.TiedTo] = "3-year commitment",
        [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Submitted),
        [Concession.RenewalOpportunity] = new EntityReference(Opportunity.EntityLogicalName, renewal),
    };

    private string? Perform(string op, Random random, string? continuation)
    {
        switch (op)
        {
            case SignalUpdate:
                organization.Service.Update(new Entity(Account.EntityLogicalName, accounts[random.Next(accounts.Length)]) { [Account.HealthScore] = random.Next(20, 95) });
                return continuation;
            case ContractEdit:
                organization.Service.Update(new Entity(CustomerContract.EntityLogicalName, contracts[random.Next(contracts.Length)]) { [CustomerContract.Arr] = new Money(random.Next(5, 200) * 1_000m) });
                return continuation;
            case SweepCall:
                var request = new OrganizationRequest(GenerateRenewalsApi.MessageName);
                if (continuation is not null)
                {
                    request[GenerateRenewalsApi.RequestContinuation] = continuation;
                }

                var page = organization.Service.Execute(request);
                return (bool)page[GenerateRenewalsApi.ResponseMoreRecords] ? (string)page[GenerateRenewalsApi.ResponseContinuation] : null;
            case ConcessionApproval:
                Guid renewal;
                lock (renewals)
                {
                    renewal = renewals[random.Next(renewals.Count)];
                }

                var concession = csm.Create(FivePercent(renewal));
                manager.Update(new Entity(Concession.EntityLogicalName, concession) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });
                return continuation;
            default:
                if (plans.TryDequeue(out var plan))
                {
                    organization.Service.Execute(LostOutcome(plan));
                }

                return continuation;
        }
    }

    /// <summary>Keeps the renewals and save plans that <paramref name="created"/> (Create requests from the log) made.</summary>
    public void Harvest(IEnumerable<(string Table, Guid Id)> created)
    {
        foreach (var (table, id) in created)
        {
            if (table == Opportunity.EntityLogicalName)
            {
                lock (renewals)
                {
                    renewals.Add(id);
                }
            }
            else if (table == SavePlan.EntityLogicalName)
            {
                plans.Enqueue(id);
            }
        }
    }

    private OrganizationRequest LostOutcome(Guid plan) => new(LogSaveOutcomeApi.MessageName)
    {
        ["Target"] = new EntityReference(SavePlan.EntityLogicalName, plan),
        [LogSaveOutcomeApi.RequestOutcome] = new OptionSetValue(SaveOutcomeChoice.Lost),
        [LogSaveOutcomeApi.RequestOutcomeDate] = organization.Clock.Today,
        [LogSaveOutcomeApi.RequestSavedArr] = new Money(0m),
        [LogSaveOutcomeApi.RequestEffortHours] = 4m,
        [LogSaveOutcomeApi.RequestEffortCost] = new Money(400m),
    };
}
