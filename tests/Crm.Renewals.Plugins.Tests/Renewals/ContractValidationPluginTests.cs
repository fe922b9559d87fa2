using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Renewals;

public class ContractValidationPluginTests
{
    private const string Refusal = "This contract cannot be saved because its renewal could not be planned. ";

    public static TheoryData<string, string> BadContracts => new()
    {
        // Each row: what is wrong with the contract being created, and the message naming the column to fix.
        { "no end date", Refusal + "End date (crr_enddate): The contract has no end date; enter the date its current term ends." },
        { "end before start", Refusal + "End date (crr_enddate): The contract ends on 2026-04-05, before it starts on 2026-04-06; correct the start or end date." },
        { "negative ARR", Refusal + "ARR (crr_arr): The contract's ARR cannot be negative; it is -1." },
        { "no account", Refusal + "Account (crr_account): the contract has no account; choose the customer account whose renewal this is." },
        {
            "account without segment",
            Refusal + "Segment (crr_segment) of the account: The account has no known segment; set Enterprise, Mid-Market or SMB so the renewal lead time is known."
        },
    };

    [Theory]
    [MemberData(nameof(BadContracts))]
    public void Create_BadData_IsRefusedNamingTheColumnAndNothingIsCreated(string defect, string expected)
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Contract(scenario.SeedAccount(segment: defect == "account without segment" ? null : SegmentChoice.MidMarket), daysToEnd: 90);
        switch (defect)
        {
            case "no end date":
                contract[CustomerContract.EndDate] = null;
                break;
            case "end before start":
                contract[CustomerContract.StartDate] = scenario.Today.AddDays(91);
                break;
            case "negative ARR":
                contract[CustomerContract.Arr] = new Money(-1m);
                break;
            case "no account":
                contract[CustomerContract.Account] = null;
                break;
        }

        var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Org.Service.Create(contract));
        scenario.Org.RunAsyncJobs();

        Assert.Equal(expected, error.Message);
        Assert.Empty(scenario.Org.Rows(CustomerContract.EntityLogicalName));
        Assert.Empty(scenario.Org.Rows(Opportunity.EntityLogicalName));
    }

    [Fact]
    public void Create_SeveralDefects_ListsEveryColumnInOneMessage()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Contract(scenario.SeedAccount(segment: null), daysToEnd: 90);
        contract[CustomerContract.EndDate] = null;

        var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Org.Service.Create(contract));

        Assert.Contains("End date (crr_enddate):", error.Message, StringComparison.Ordinal);
        Assert.Contains("Segment (crr_segment) of the account:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ClearingTheEndDate_IsRefusedAndTheContractIsUnchanged()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 300);

        var error = Assert.Throws<InvalidPluginExecutionException>(
            () => scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.EndDate] = null }));

        Assert.StartsWith(Refusal + "End date (crr_enddate):", error.Message, StringComparison.Ordinal);
        Assert.Equal(300, scenario.DaysFromToday(scenario.StoredContract(contract), CustomerContract.EndDate));
    }

    [Fact]
    public void Update_OtherColumnsOfAnAlreadyBadContract_AreCheckedAgainstTheStoredValues()
    {
        var scenario = RenewalScenario.Create();
        var seeded = scenario.Contract(scenario.SeedAccount(), daysToEnd: 300);
        seeded[CustomerContract.StartDate] = scenario.Today.AddDays(301); // imported before the solution: ends before it starts
        scenario.Org.Seed(seeded);

        var error = Assert.Throws<InvalidPluginExecutionException>(
            () => scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, seeded.Id) { [CustomerContract.Arr] = new Money(1_000m) }));

        Assert.Contains("correct the start or end date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ChurnedContractWithoutEndDate_IsAcceptedBecauseItGetsNoRenewal()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.Contract(scenario.SeedAccount(), daysToEnd: 90);
        contract[CustomerContract.EndDate] = null;
        contract[CustomerContract.ContractStatus] = new OptionSetValue(ContractStatusChoice.Churned);

        var id = scenario.Org.Service.Create(contract);

        Assert.NotNull(scenario.Org.Find(CustomerContract.EntityLogicalName, id));
    }

    [Fact]
    public void Update_ClearingTheTermOfAnActiveContract_IsRefusedNamingTheColumnAndNothingChanges()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 300);

        var error = Assert.Throws<InvalidPluginExecutionException>(
            () => scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, contract) { [CustomerContract.TermMonths] = null }));
        scenario.Org.RunAsyncJobs();

        Assert.Equal(
            Refusal + "Term (months) (crr_termmonths): The contract has no term; enter the length of one term in months (1–120) so a won renewal can record the next term.",
            error.Message);
        Assert.Equal(12, scenario.StoredContract(contract).GetAttributeValue<int?>(CustomerContract.TermMonths));
        Assert.Empty(scenario.Org.Rows(Opportunity.EntityLogicalName));
    }

    [Fact]
    public void Update_OtherColumnOfAnImportedContractWithAnOutOfRangeTerm_IsRefusedNamingTheTerm()
    {
        var scenario = RenewalScenario.Create();
        var seeded = scenario.Contract(scenario.SeedAccount(), daysToEnd: 300);
        seeded[CustomerContract.TermMonths] = null; // imported before the solution
        scenario.Org.Seed(seeded);

        var error = Assert.Throws<InvalidPluginExecutionException>(
            () => scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, seeded.Id) { [CustomerContract.Arr] = new Money(1_000m) }));

        Assert.StartsWith(Refusal + "Term (months) (crr_termmonths): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ReactivatingAContractWithoutTerm_IsRefusedAndItStaysInactive()
    {
        var scenario = RenewalScenario.Create();
        var seeded = scenario.Contract(scenario.SeedAccount(), daysToEnd: 300);
        seeded[CustomerContract.TermMonths] = null;
        seeded[CustomerContract.StateCode] = new OptionSetValue(CustomerContractStateCodeChoice.Inactive);
        seeded[CustomerContract.StatusCode] = new OptionSetValue(CustomerContractStatusCodeChoice.Inactive);
        scenario.Org.Seed(seeded);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, seeded.Id)
        {
            [CustomerContract.StateCode] = new OptionSetValue(CustomerContractStateCodeChoice.Active),
            [CustomerContract.StatusCode] = new OptionSetValue(CustomerContractStatusCodeChoice.Active),
        }));

        Assert.StartsWith(Refusal + "Term (months) (crr_termmonths): ", error.Message, StringComparison.Ordinal);
        Assert.Equal(CustomerContractStateCodeChoice.Inactive, scenario.StoredContract(seeded.Id).GetAttributeValue<OptionSetValue>(CustomerContract.StateCode).Value);
    }

    [Fact]
    public void Update_DeactivatingABadContract_IsAcceptedBecauseItGetsNoRenewal()
    {
        var scenario = RenewalScenario.Create();
        var seeded = scenario.Contract(scenario.SeedAccount(), daysToEnd: 300);
        seeded[CustomerContract.TermMonths] = null;
        scenario.Org.Seed(seeded);

        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, seeded.Id)
        {
            [CustomerContract.StateCode] = new OptionSetValue(CustomerContractStateCodeChoice.Inactive),
            [CustomerContract.StatusCode] = new OptionSetValue(CustomerContractStatusCodeChoice.Inactive),
        });

        Assert.Equal(CustomerContractStateCodeChoice.Inactive, scenario.StoredContract(seeded.Id).GetAttributeValue<OptionSetValue>(CustomerContract.StateCode).Value);
    }
}
