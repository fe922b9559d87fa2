using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Approvals;
using Crm.Renewals.Plugins.Tests.Renewals;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Concurrency;

/// <summary>
/// Calls from several threads at once on shared rows, through one organization whose plugin instances every thread
/// shares, as Dataverse shares them. The emulator runs the calls concurrently, each top-level call one transaction
/// that sees only committed rows and its own writes and holds its row and key locks to the end, so the calls overlap
/// as they do on Dataverse: two creations of one renewal meet at its key, two approvals at the renewal's approval
/// sequence, two writers of an account at its row.
/// </summary>
public sealed class ConcurrentCallsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static void RunTogether(params Action[] work)
    {
        using var start = new Barrier(work.Length);
        var tasks = work.Select(action => System.Threading.Tasks.Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            action();
        }, TaskCreationOptions.LongRunning)).ToArray();

        Assert.True(System.Threading.Tasks.Task.WaitAll(tasks, Timeout), "a thread did not finish within a minute: something waits forever");
    }

    // Two sweeps, contract edits and Red transitions at once: every contract term ends with exactly one renewal.
    [Fact]
    public void SweepsEditsAndRedTransitions_AtOnce_OneRenewalPerContractTerm()
    {
        var scenario = RenewalScenario.Create();
        var accounts = Enumerable.Range(0, 6).Select(i => scenario.SeedAccount(name: "Account " + i)).ToArray();
        var contracts = accounts.SelectMany(account => new[] { scenario.SeedContract(account, daysToEnd: 90), scenario.SeedContract(account, daysToEnd: 150) }).ToArray();
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var refusals = new System.Collections.Concurrent.ConcurrentBag<string>();
        var redRefused = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        bool Guard(Action action)
        {
            try
            {
                action();
                return true;
            }
            catch (InvalidPluginExecutionException exception)
            {
                // A call whose renewal a concurrent call created first was rolled back whole and says "run it again".
                refusals.Add(exception.Message);
                return false;
            }
            catch (Exception exception)
            {
                errors.Add(exception);
                return false;
            }
        }

        RunTogether(
            () => Enumerable.Range(0, 5).ToList().ForEach(_ => Guard(() => scenario.SweepAll())),
            () => Enumerable.Range(0, 5).ToList().ForEach(_ => Guard(() => scenario.SweepAll())),
            () => Enumerable.Range(0, 30).ToList().ForEach(i => Guard(() => scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contracts[i % contracts.Length]) { [CustomerContract.Arr] = new Money(40_000m + i) }))),
            () => accounts.ToList().ForEach(account =>
            {
                if (!Guard(() => scenario.TurnRed(account)))
                {
                    redRefused.Add(account);
                }
            }));
        scenario.Org.RunAsyncJobs();

        // What the refusal tells its caller: run it again. The renewal that exists by now is skipped.
        foreach (var account in redRefused)
        {
            scenario.TurnRed(account);
        }

        scenario.SweepAll();

        Assert.Empty(errors);
        Assert.All(refusals, message => Assert.Contains("Run it again", message, StringComparison.Ordinal));

        // Every generation inside a transaction takes its contracts first, so none of them met a duplicate.
        Assert.Empty(refusals);
        var renewals = scenario.Org.Rows(Opportunity.EntityLogicalName).Where(r => r.GetAttributeValue<bool>(Opportunity.IsRenewal)).ToList();
        var perTerm = renewals.GroupBy(r => (r.GetAttributeValue<EntityReference>(Opportunity.Contract).Id, r.GetAttributeValue<DateTime>(Opportunity.TermEndDate)));
        Assert.All(perTerm, term => Assert.Single(term));
        Assert.All(contracts, contract => Assert.Single(scenario.Renewals(contract)));
    }

    // Four approvers, each allowed 5% on the renewal by the matrix's CSM band, approve four 5% concessions at once: the
    // renewal's approved total never goes past what the last approver's authority allows.
    [Fact]
    public void FourApprovalsOnOneRenewal_AtOnce_NoneBeyondTheApproversAuthority()
    {
        var s = new ConcessionScenario();
        var concessions = Enumerable.Range(0, 4).Select(_ => s.Submit(s.Csm, 5m)).ToArray();
        var refusals = new System.Collections.Concurrent.ConcurrentBag<string>();

        RunTogether(concessions.Select(id => (Action)(() =>
        {
            try
            {
                s.Approve(s.CsmApprover, id);
            }
            catch (Exception exception) when (exception is InvalidPluginExecutionException or Crm.Renewals.Emulator.OrganizationFaultException)
            {
                refusals.Add(exception.Message);
            }
        })).ToArray());

        var approved = concessions.Where(id => s.StatusOf(id) == ConcessionStatusChoice.Approved).ToList();
        Assert.Single(approved);
        Assert.Equal(3, refusals.Count);
    }

    // Two users change different columns of one account at once, again and again: neither change is lost.
    [Fact]
    public void TwoUsersOnOneAccount_AtOnce_NoLostUpdate()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();

        RunTogether(
            () => Enumerable.Range(1, 40).ToList().ForEach(i => scenario.Org.Service.Update(new Entity(Account.EntityLogicalName, account) { [Account.Nps] = i })),
            () => Enumerable.Range(1, 40).ToList().ForEach(i => scenario.Org.Service.Update(new Entity(Account.EntityLogicalName, account) { [Account.AdoptionPercent] = 40m + i })));

        var row = scenario.Retrieve(Account.EntityLogicalName, account, Account.Nps, Account.AdoptionPercent, Account.RiskScore, Account.RiskReasons);
        Assert.Equal(40, row.GetAttributeValue<int>(Account.Nps));
        Assert.Equal(80m, row.GetAttributeValue<decimal>(Account.AdoptionPercent));

        // The risk stored must be the one the final signals give: evaluated again alone, nothing changes.
        scenario.Org.Service.Update(new Entity(Account.EntityLogicalName, account) { [Account.Nps] = 40 });
        var again = scenario.Retrieve(Account.EntityLogicalName, account, Account.RiskScore, Account.RiskReasons);
        Assert.Equal(again.GetAttributeValue<int?>(Account.RiskScore), row.GetAttributeValue<int?>(Account.RiskScore));
        Assert.Equal(again.GetAttributeValue<string>(Account.RiskReasons), row.GetAttributeValue<string>(Account.RiskReasons));
    }

    // One user's health score update is still in its transaction when another user's adoption update reads the
    // account: the second one's risk must still count the first one's health score once both have committed.
    [Fact]
    public void SecondSignalReadBeforeTheFirstCommits_BothCommit_TheRiskCountsBothSignals()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();
        scenario.Org.Service.Update(new Entity(Account.EntityLogicalName, account) { [Account.HealthScore] = 85, [Account.AdoptionPercent] = 90m });
        var (key, hold) = HoldPlugin.Create();
        scenario.Org.RegisterStep(new Crm.Renewals.Plugins.Registration.StepRegistration(
            Guid.NewGuid(), typeof(HoldPlugin), "Update", Account.EntityLogicalName, Crm.Renewals.Plugins.Registration.PipelineStage.PostOperation)
        {
            UnsecureConfiguration = key,
            FilteringAttributes = [Account.HealthScore],
        });

        var healthUpdate = hold.Start(() => scenario.Org.Service.Update(new Entity(Account.EntityLogicalName, account) { [Account.HealthScore] = 42 }));
        var adoptionUpdate = System.Threading.Tasks.Task.Factory.StartNew(
            () => scenario.Org.Service.Update(new Entity(Account.EntityLogicalName, account) { [Account.AdoptionPercent] = 40m }), TaskCreationOptions.LongRunning);
        Assert.True(SpinWait.SpinUntil(() => scenario.Org.CallsWaitingForLocks == 1, Timeout), "the adoption update must wait for the account's lock");
        hold.Release();
        RunTogether(() => healthUpdate.GetAwaiter().GetResult(), () => adoptionUpdate.GetAwaiter().GetResult());

        var stored = scenario.Retrieve(Account.EntityLogicalName, account, Account.RiskScore, Account.RiskReasons);
        scenario.Org.Service.Update(new Entity(Account.EntityLogicalName, account) { [Account.HealthScore] = 42 });
        var alone = scenario.Retrieve(Account.EntityLogicalName, account, Account.RiskScore, Account.RiskReasons);
        Assert.Equal(alone.GetAttributeValue<string>(Account.RiskReasons), stored.GetAttributeValue<string>(Account.RiskReasons));
        Assert.Equal(alone.GetAttributeValue<int?>(Account.RiskScore), stored.GetAttributeValue<int?>(Account.RiskScore));
    }

    // The sweep has taken a contract and is still in its transaction when a CSM turns the contract's account Red: the
    // account's generation waits for the contract, then finds the sweep's renewal and skips it; the CSM's save succeeds.
    [Fact]
    public void RedTransitionWhileTheSweepHoldsTheContract_WaitsThenSkips_OneRenewalAndNoFault()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();
        var contract = scenario.SeedContract(account, daysToEnd: 90);
        var (key, hold) = HoldPlugin.Create();
        scenario.Org.RegisterStep(new Crm.Renewals.Plugins.Registration.StepRegistration(
            Guid.NewGuid(), typeof(HoldPlugin), "Update", CustomerContract.EntityLogicalName, Crm.Renewals.Plugins.Registration.PipelineStage.PostOperation)
        {
            UnsecureConfiguration = key,
            FilteringAttributes = [CustomerContract.RenewalCheckedOn],
        });

        var sweep = hold.Start(() => scenario.SweepAll());
        var red = System.Threading.Tasks.Task.Factory.StartNew(() => scenario.TurnRed(account), TaskCreationOptions.LongRunning);
        Assert.True(SpinWait.SpinUntil(() => scenario.Org.CallsWaitingForLocks == 1, Timeout), "the Red transition must wait for the contract the sweep took");
        hold.Release();
        RunTogether(() => sweep.GetAwaiter().GetResult(), () => red.GetAwaiter().GetResult());

        Assert.Single(scenario.Renewals(contract));
        Assert.Equal(RiskCategoryChoice.Red, scenario.Org.Find(Account.EntityLogicalName, account)!.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
    }
}
