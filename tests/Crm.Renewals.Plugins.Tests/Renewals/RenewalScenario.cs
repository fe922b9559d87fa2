using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Tests.Renewals;

/// <summary>
/// An organization of the solution with a CSM, and helpers to seed accounts and contracts relative to
/// today (a contract "at T-120" ends 120 days from the emulator clock's day) and read the renewals back.
/// </summary>
internal sealed class RenewalScenario
{
    public const decimal DefaultArr = 50_000m;

    private int contractNumber;

    private RenewalScenario(OrganizationEmulator org)
    {
        Org = org;
        Csm = org.Users.CreateUser("Casey Morgan");
    }

    public OrganizationEmulator Org { get; }

    /// <summary>The CSM who owns every seeded account.</summary>
    public EntityReference Csm { get; }

    public DateTime Today => Org.Clock.Today;

    public static RenewalScenario Create() => new(SolutionOrganization.Create());

    /// <summary>A scenario whose renewal policy is <paramref name="policyJson"/>.</summary>
    public static RenewalScenario WithPolicy(string policyJson) =>
        new(SolutionOrganization.WithPolicy(EnvironmentVariableNames.RenewalPolicy, policyJson));

    /// <summary>
    /// Stores an account that is Green by its signals (unlike <see cref="SeedAccount"/>, whose category is only stored),
    /// so the risk step re-evaluates it from a consistent pre-image when a signal changes.
    /// </summary>
    public Guid SeedGreenAccountBySignals()
    {
        var account = Risk.RiskAccounts.With(
            Risk.RiskAccounts.Healthy(),
            (Account.Segment, new OptionSetValue(SegmentChoice.MidMarket)),
            (Account.OwnerId, Csm),
            (Account.RiskCategory, new OptionSetValue(RiskCategoryChoice.Green)));
        account.Id = Guid.NewGuid();
        Org.Seed(account);
        return account.Id;
    }

    /// <summary>A Green-by-signals account with one contract ending in <paramref name="daysToEnd"/> days, renewed by a sweep.</summary>
    public (Guid Account, Guid Contract) SeedGreenAccountWithOpenRenewal(int daysToEnd = 100)
    {
        var account = SeedGreenAccountBySignals();
        var contract = SeedContract(account, daysToEnd);
        Sweep();
        return (account, contract);
    }

    /// <summary>Health 42 and the champion left: two red flags, through the pipeline.</summary>
    public void TurnRed(Guid account) =>
        Org.Service.Update(Risk.RiskAccounts.Change(account, (Account.HealthScore, 42), (Account.ChampionLeft, true)));

    /// <summary>Makes a new team the configured sales owner of the renewal policy.</summary>
    public EntityReference ConfigureSalesTeam()
    {
        var salesTeam = Org.Users.CreateTeam("Renewals desk");
        Org.SetEnvironmentVariable(EnvironmentVariableNames.RenewalPolicy, "{\"salesOwner\":{\"table\":\"team\",\"id\":\"" + salesTeam.Id + "\"}}");
        return salesTeam;
    }

    /// <summary>Stores an account without running plugins, so its category is exactly the one given.</summary>
    public Guid SeedAccount(int? segment = SegmentChoice.MidMarket, int? category = RiskCategoryChoice.Green, string name = "Contoso")
    {
        var account = new Entity(Account.EntityLogicalName, Guid.NewGuid()) { [Account.Name] = name, [Account.OwnerId] = Csm };
        if (segment is int s)
        {
            account[Account.Segment] = new OptionSetValue(s);
        }

        if (category is int c)
        {
            account[Account.RiskCategory] = new OptionSetValue(c);
        }

        Org.Seed(account);
        return account.Id;
    }

    /// <summary>An active 12-month contract of <paramref name="accountId"/> ending <paramref name="daysToEnd"/> days from today.</summary>
    public Entity Contract(Guid accountId, int daysToEnd, decimal arr = DefaultArr, int termMonths = 12)
    {
        var end = Today.AddDays(daysToEnd);
        return new Entity(CustomerContract.EntityLogicalName, Guid.NewGuid())
        {
            [CustomerContract.Name] = "Contract " + ++contractNumber,
            [CustomerContract.Account] = new EntityReference(Account.EntityLogicalName, accountId),
            [CustomerContract.StartDate] = end.AddMonths(-termMonths).AddDays(1),
            [CustomerContract.EndDate] = end,
            [CustomerContract.Arr] = new Money(arr),
            [CustomerContract.TermMonths] = termMonths,
            [CustomerContract.ContractStatus] = new OptionSetValue(ContractStatusChoice.Active),
        };
    }

    /// <summary>Stores contracts without running plugins, as an import before the solution was installed would have.</summary>
    public Guid SeedContract(Guid accountId, int daysToEnd, decimal arr = DefaultArr, int termMonths = 12)
    {
        var contract = Contract(accountId, daysToEnd, arr, termMonths);
        Org.Seed(contract);
        return contract.Id;
    }

    /// <summary>Runs one call of the sweep as the scheduled flow's user.</summary>
    public OrganizationResponse Sweep(int? pageSize = null, string? continuation = null, DateTime? asOf = null)
    {
        var request = new OrganizationRequest(GenerateRenewalsApi.MessageName);
        if (pageSize is int size)
        {
            request[GenerateRenewalsApi.RequestPageSize] = size;
        }

        if (continuation is not null)
        {
            request[GenerateRenewalsApi.RequestContinuation] = continuation;
        }

        if (asOf is DateTime day)
        {
            request[GenerateRenewalsApi.RequestAsOf] = day;
        }

        return Org.Service.Execute(request);
    }

    /// <summary>Calls the sweep until it reports no more records; returns the responses in order.</summary>
    public IReadOnlyList<OrganizationResponse> SweepAll(int? pageSize = null)
    {
        var responses = new List<OrganizationResponse> { Sweep(pageSize) };
        while ((bool)responses[^1][GenerateRenewalsApi.ResponseMoreRecords])
        {
            responses.Add(Sweep(pageSize, (string)responses[^1][GenerateRenewalsApi.ResponseContinuation]));
        }

        return responses;
    }

    /// <summary>The renewal opportunities of a contract, oldest first.</summary>
    public IReadOnlyList<Entity> Renewals(Guid contractId) =>
        Org.Rows(Opportunity.EntityLogicalName).Where(row => row.GetAttributeValue<EntityReference>(Opportunity.Contract)?.Id == contractId).ToArray();

    /// <summary>The one renewal of a contract.</summary>
    public Entity Renewal(Guid contractId) => Assert.Single(Renewals(contractId));

    /// <summary>The tasks regarding a record, by due date.</summary>
    public IReadOnlyList<Entity> TasksRegarding(Guid recordId) =>
        Org.Rows(TaskTable.EntityLogicalName)
            .Where(row => row.GetAttributeValue<EntityReference>(TaskTable.RegardingObjectId)?.Id == recordId)
            .OrderBy(row => row.GetAttributeValue<DateTime>(TaskTable.ScheduledEnd))
            .ToArray();

    /// <summary>The stored contract.</summary>
    public Entity StoredContract(Guid contractId) =>
        Org.Find(CustomerContract.EntityLogicalName, contractId) ?? throw new InvalidOperationException("No contract " + contractId);

    /// <summary>The option value of a choice column of a row, or null.</summary>
    public static int? Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

    /// <summary>Days from today to a date column of a row.</summary>
    public int DaysFromToday(Entity row, string column) => (row.GetAttributeValue<DateTime>(column).Date - Today).Days;

    /// <summary>Moves the clock to <paramref name="days"/> days from now.</summary>
    public void AdvanceDays(int days) => Org.Clock.AdvanceDays(days);

    /// <summary>Retrieves columns the way a user would, for rows the tests compare.</summary>
    public Entity Retrieve(string table, Guid id, params string[] columns) => Org.Service.Retrieve(table, id, new ColumnSet(columns));
}
