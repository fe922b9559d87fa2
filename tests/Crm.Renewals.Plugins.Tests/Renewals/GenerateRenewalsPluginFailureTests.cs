using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Renewals;

public class GenerateRenewalsPluginFailureTests
{
    public static TheoryData<string, string> BadContracts => new()
    {
        // Each row: the defect the seeded contract (or its account) has, and the column the reason names. A negative ARR
        // cannot be stored at all (the column's minimum is 0); a contract save with one is refused (see ContractValidationPluginTests).
        { "end before start", "End date (crr_enddate): The contract ends on" },
        { "unknown segment", "Segment (crr_segment) of the account: The account has no known segment" },
        { "no account", "Account (crr_account): the contract has no account" },
    };

    [Theory]
    [MemberData(nameof(BadContracts))]
    public void Execute_BadContractInThePage_CountsItFailedWithTheReasonAndRenewsTheOthers(string defect, string reason)
    {
        var scenario = RenewalScenario.Create();
        var good = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 90);
        var bad = scenario.Contract(scenario.SeedAccount(segment: defect == "unknown segment" ? null : SegmentChoice.MidMarket), daysToEnd: 100);
        switch (defect)
        {
            case "end before start":
                bad[CustomerContract.StartDate] = scenario.Today.AddDays(101);
                break;
            case "no account":
                bad[CustomerContract.Account] = null;
                break;
        }

        scenario.Org.Seed(bad);

        var response = scenario.Sweep();

        Assert.Equal(1, response[GenerateRenewalsApi.ResponseCreated]);
        Assert.Equal(1, response[GenerateRenewalsApi.ResponseFailed]);
        Assert.Single(scenario.Renewals(good));
        Assert.Empty(scenario.Renewals(bad.Id));
        Assert.Contains(scenario.Org.Log.Traces, line => line.Contains(bad.Id.ToString("D"), StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_ContractWithoutEndDate_IsNeverACandidate()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Contract(scenario.SeedAccount(), daysToEnd: 100);
        contract[CustomerContract.EndDate] = null;
        scenario.Org.Seed(contract);

        var response = scenario.Sweep();

        Assert.Equal(new object[] { 0, 0, 0 }, new[] { response[GenerateRenewalsApi.ResponseCreated], response[GenerateRenewalsApi.ResponseSkipped], response[GenerateRenewalsApi.ResponseFailed] });
    }

    [Theory]
    [InlineData(0)] // below the smallest page
    [InlineData(251)] // above the largest page
    public void Execute_PageSizeOutOfRange_IsRefusedSayingTheRange(int pageSize)
    {
        var scenario = RenewalScenario.Create();
        scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 100);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Sweep(pageSize: pageSize));

        Assert.Equal("PageSize must be from 1 to 250 (default 50); it is " + pageSize + ".", error.Message);
        Assert.Empty(scenario.Org.Rows(Opportunity.EntityLogicalName));
    }

    [Fact]
    public void Execute_ContinuationNotFromTheSweep_IsRefusedSayingWhatToPass()
    {
        var scenario = RenewalScenario.Create();
        scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 100);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Sweep(continuation: "page 2"));

        Assert.Contains("pass the Continuation from the previous call unchanged", error.Message, StringComparison.Ordinal);
        Assert.Empty(scenario.Org.Rows(Opportunity.EntityLogicalName));
    }

    [Fact]
    public void Execute_TenDueContracts_TakesEachContractThenMakesOneCreateAndOnePointerUpdatePerRenewalAndThreeQueriesPerPage()
    {
        var scenario = RenewalScenario.Create();
        var account = scenario.SeedAccount();
        for (var i = 0; i < 10; i++)
        {
            scenario.SeedContract(account, daysToEnd: 30 + i);
        }

        scenario.Org.Log.Clear();

        scenario.Sweep();

        var requests = SolutionOrganization.PluginRequests(scenario.Org.Log);
        // The page, the renewals its terms already have, and the same again once the contracts to renew are taken; the
        // first call of a day also looks once for expired CSM overrides.
        Assert.Equal(3, requests.Count(request => request.MessageName == "RetrieveMultiple" && request.EntityName != Account.EntityLogicalName));
        Assert.Single(requests, request => request.MessageName == "RetrieveMultiple" && request.EntityName == Account.EntityLogicalName);
        Assert.Equal(10, requests.Count(request => request.MessageName == "Create" && request.EntityName == Opportunity.EntityLogicalName));

        // Each contract is taken (its renewal-checked day written), then pointed at its renewal.
        Assert.Equal(20, requests.Count(request => request.MessageName == "Update" && request.EntityName == CustomerContract.EntityLogicalName));
        Assert.All(scenario.Org.Rows(CustomerContract.EntityLogicalName), contract => Assert.Equal(scenario.Today, contract.GetAttributeValue<DateTime>(CustomerContract.RenewalCheckedOn)));

        // The tasks are written by the platform inside each opportunity's Create (deep insert), in its transaction.
        var creates = scenario.Org.Log.Requests.Where(request => request.MessageName == "Create").ToArray();
        Assert.Equal(creates.Length - 10, scenario.Org.Rows(TaskTable.EntityLogicalName).Count);
        Assert.All(creates, create => Assert.Equal(scenario.Org.Log.Requests[0].CorrelationId, create.CorrelationId));
    }

    [Fact]
    public void Execute_RenewalCreatedBeforeTheSweepTookTheContract_SkipsItWithoutAFault()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 100);
        ConcurrentRenewalPlugin.RegisterOn(scenario.Org, contract, scenario.Today.AddDays(100), afterCheck: 1);

        var response = scenario.Sweep();

        Assert.Equal(0, response[GenerateRenewalsApi.ResponseCreated]);
        Assert.Equal(1, response[GenerateRenewalsApi.ResponseSkipped]);
        Assert.Equal("Renewal created by another process", scenario.Renewal(contract).GetAttributeValue<string>(Opportunity.Name));
    }

    // A generation that never takes the contract (one outside a transaction) creates the renewal after this sweep checked again.
    [Fact]
    public void Execute_RenewalCreatedAfterTheSweepTookTheContract_RefusesTheCallSoItCanRunAgain()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 100);
        ConcurrentRenewalPlugin.RegisterOn(scenario.Org, contract, scenario.Today.AddDays(100), afterCheck: 2);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Sweep());

        Assert.Contains("another process created the renewal for the term ending", error.Message, StringComparison.Ordinal);
        Assert.Empty(scenario.Org.Rows(Opportunity.EntityLogicalName));
        Assert.Null(scenario.StoredContract(contract).GetAttributeValue<EntityReference>(CustomerContract.CurrentRenewalOpportunity));
    }
}
