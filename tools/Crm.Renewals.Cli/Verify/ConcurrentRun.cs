using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Crm.Renewals.Cli.Demo;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Risk;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Cli.Verify;

/// <summary>
/// Several threads at once on shared rows of the demo's organization, sharing its plugin instances: two sweeping, one
/// editing contracts, one turning accounts Red and back, two CSMs approving 5% concessions on the same renewals (a CSM
/// may approve 5% in all on a renewal), and two writing different columns of the same accounts. Counts what must never
/// happen. The calls overlap as on Dataverse: each is a transaction that sees only committed rows and holds its row and
/// key locks to the end, so two creations of one renewal meet at its key and two writers of an account at its row.
/// </summary>
internal static class ConcurrentRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>What the run counted.</summary>
    /// <param name="Calls">Calls made by all threads.</param>
    /// <param name="Duplicates">Contract terms with more than one renewal.</param>
    /// <param name="ForbiddenApprovals">Renewals whose approved concessions total more than the approvers' authority allows.</param>
    /// <param name="LostUpdates">Accounts where one thread's last write is not there, or whose risk is not the one their saved signals give.</param>
    /// <param name="Hung">Threads that did not finish in time.</param>
    /// <param name="Approved">Concessions approved (at most one 5% a renewal).</param>
    /// <param name="Refused">Calls refused with the solution's answer (a concurrent call was first: run again; beyond the authority).</param>
    /// <param name="DeadlockVictims">Calls the database chose as a deadlock's victim and rolled back (Dataverse's "Generic SQL error", to retry).</param>
    /// <param name="LockTimeouts">Calls that waited longer than the lock timeout for another call's lock.</param>
    public sealed record Result(int Calls, int Duplicates, int ForbiddenApprovals, int LostUpdates, int Hung, int Approved, int Refused, int DeadlockVictims, int LockTimeouts);

    /// <summary>Runs the threads for <paramref name="rounds"/> rounds each.</summary>
    public static Result Run(OrganizationEmulator organization, DemoUsers users, int rounds)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(users);
        var system = organization.Service;
        var accounts = system.RetrieveMultiple(new QueryExpression(Account.EntityLogicalName) { ColumnSet = new ColumnSet(false), TopCount = 40 }).Entities.Select(a => a.Id).ToArray();
        var contracts = system.RetrieveMultiple(new QueryExpression(CustomerContract.EntityLogicalName) { ColumnSet = new ColumnSet(false), TopCount = 40 }).Entities.Select(c => c.Id).ToArray();
        var renewals = system.RetrieveMultiple(new QueryExpression(Opportunity.EntityLogicalName) { ColumnSet = new ColumnSet(false), TopCount = 5, Criteria = { Conditions = { new ConditionExpression(Opportunity.IsRenewal, ConditionOperator.Equal, true), new ConditionExpression(Opportunity.StateCode, ConditionOperator.Equal, OpportunityStateCodeChoice.Open) } } }).Entities.Select(r => r.Id).ToArray();
        var requester = users.Csms[0];
        var approvers = users.Approvers.Where(a => a.Level == AuthorityLevels.DisplayName(AuthorityLevel.Csm) && a.User.Id != requester.Id).Select(a => a.User).Take(2).ToArray();
        var submitted = renewals.SelectMany(renewal => Enumerable.Range(0, rounds).Select(_ => organization.ServiceFor(requester).Create(LoadWorkload.FivePercent(renewal)))).ToArray();
        int calls = 0;
        int refused = 0;
        int victims = 0;
        int timeouts = 0;
        var lastNps = new ConcurrentDictionary<Guid, int>();
        var lastAdoption = new ConcurrentDictionary<Guid, decimal>();

        void Call(Action action)
        {
            Interlocked.Increment(ref calls);
            try
            {
                action();
            }
            catch (Exception exception) when (exception is InvalidPluginExecutionException or OrganizationFaultException)
            {
                // Refusals are answers: a concurrent sweep told to run again, an approval beyond the authority; a
                // deadlock victim and a lock timeout are the database's, which a caller retries.
                Interlocked.Increment(ref DatabaseFaults.IsDeadlockVictim(exception) ? ref victims : ref DatabaseFaults.IsLockTimeout(exception) ? ref timeouts : ref refused);
            }
        }

        Action[] work =
        [
            () => Enumerable.Range(0, rounds).ToList().ForEach(_ => Call(() => new RenewalDemoSweep(system).RunToday())),
            () => Enumerable.Range(0, rounds).ToList().ForEach(_ => Call(() => new RenewalDemoSweep(system).RunToday())),
            () => Enumerable.Range(0, rounds * 4).ToList().ForEach(i => Call(() => system.Update(new Entity(CustomerContract.EntityLogicalName, contracts[i % contracts.Length]) { [CustomerContract.Arr] = new Money(40_000m + i) }))),
            () => Enumerable.Range(0, rounds * 4).ToList().ForEach(i => Call(() => system.Update(new Entity(Account.EntityLogicalName, accounts[i % accounts.Length]) { [Account.HealthScore] = i % 2 == 0 ? 20 : 85 }))),
            () => submitted.Where((_, i) => i % 2 == 0).ToList().ForEach(id => Call(() => Approve(organization, approvers[0], id))),
            () => submitted.Where((_, i) => i % 2 == 1).ToList().ForEach(id => Call(() => Approve(organization, approvers[1], id))),
            () => Enumerable.Range(1, rounds * 4).ToList().ForEach(i => Call(() =>
            {
                system.Update(new Entity(Account.EntityLogicalName, accounts[i % accounts.Length]) { [Account.Nps] = i });
                lastNps[accounts[i % accounts.Length]] = i;
            })),
            () => Enumerable.Range(1, rounds * 4).ToList().ForEach(i => Call(() =>
            {
                system.Update(new Entity(Account.EntityLogicalName, accounts[i % accounts.Length]) { [Account.AdoptionPercent] = Math.Min(100m, 10m + i) });
                lastAdoption[accounts[i % accounts.Length]] = Math.Min(100m, 10m + i);
            })),
        ];
        using var start = new Barrier(work.Length);
        var tasks = work.Select(action => System.Threading.Tasks.Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            action();
        }, System.Threading.Tasks.TaskCreationOptions.LongRunning)).ToArray();
        bool finished = System.Threading.Tasks.Task.WaitAll(tasks, Timeout);
        organization.RunAsyncJobs();

        var stored = system.RetrieveMultiple(new QueryExpression(Opportunity.EntityLogicalName) { ColumnSet = new ColumnSet(Opportunity.Contract, Opportunity.TermEndDate), Criteria = { Conditions = { new ConditionExpression(Opportunity.IsRenewal, ConditionOperator.Equal, true) } } }).Entities;
        int duplicates = stored.Where(r => r.Contains(Opportunity.Contract))
            .GroupBy(r => (r.GetAttributeValue<EntityReference>(Opportunity.Contract).Id, r.GetAttributeValue<DateTime>(Opportunity.TermEndDate)))
            .Count(term => term.Count() > 1);
        var approved = submitted.Select(id => system.Retrieve(Concession.EntityLogicalName, id, new ColumnSet(Concession.ConcessionStatus, Concession.RenewalOpportunity, Concession.DiscountPercent)))
            .Where(c => c.GetAttributeValue<OptionSetValue>(Concession.ConcessionStatus)?.Value == ConcessionStatusChoice.Approved).ToList();
        // Every approver is a CSM: a renewal's approved discounts may add up to the CSM band (5%) and no more.
        int forbidden = approved.GroupBy(c => c.GetAttributeValue<EntityReference>(Concession.RenewalOpportunity).Id)
            .Count(renewal => renewal.Sum(c => c.GetAttributeValue<decimal>(Concession.DiscountPercent)) > 5m);
        int lost = accounts.Count(id =>
        {
            var row = system.Retrieve(Account.EntityLogicalName, id, new ColumnSet(AccountRiskColumns.Inputs.Append(Account.RiskScore).ToArray()));
            return (lastNps.TryGetValue(id, out int nps) && row.GetAttributeValue<int?>(Account.Nps) != nps)
                || (lastAdoption.TryGetValue(id, out decimal adoption) && row.GetAttributeValue<decimal?>(Account.AdoptionPercent) != adoption)
                || RiskIsStale(row, organization.Clock.UtcNow);
        });
        return new Result(calls, duplicates, forbidden, lost, finished ? 0 : tasks.Count(t => !t.IsCompleted), approved.Count, refused, victims, timeouts);
    }

    // A risk score that is not the one the saved signals give (the demo runs the default risk policy): an update of
    // one signal evaluated over another's older value, and never put right.
    private static bool RiskIsStale(Entity account, DateTime now) =>
        account.GetAttributeValue<int?>(Account.RiskScore) != AccountRiskService.Evaluate(AccountRiskMapper.ReadStored(account), now, RiskPolicy.Default).Assessment.Score;

    private static void Approve(OrganizationEmulator organization, EntityReference approver, Guid concession) =>
        organization.ServiceFor(approver).Update(new Entity(Concession.EntityLogicalName, concession) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });
}
