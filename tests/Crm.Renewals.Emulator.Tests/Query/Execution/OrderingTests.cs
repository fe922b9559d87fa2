using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Execution;

public sealed class OrderingTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    [Fact]
    public void Execute_NoOrder_ReturnsRowsInIdOrderLikeDataverse()
    {
        // Sequential ids sort in creation order, as the platform's do.
        _source.Add(Account("Second-created-first"), Account("Then"), Account("Last"));

        Assert.Equal(["Second-created-first", "Then", "Last"], Run(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }));
    }

    [Fact]
    public void Execute_MultipleOrders_AppliesThemInSequence()
    {
        _source.Add(Account("B", employees: 10), Account("A", employees: 20), Account("C", employees: 10));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("numberofemployees", OrderType.Ascending);
        query.AddOrder("name", OrderType.Descending);

        Assert.Equal(["C", "B", "A"], Run(query));
    }

    [Fact]
    public void Execute_OrderOnColumnWithNulls_PutsNullsFirstAscendingAndLastDescending()
    {
        _source.Add(Account("Ten", employees: 10), Account("None"), Account("Five", employees: 5));

        Assert.Equal(["None", "Five", "Ten"], Run(Ordered("numberofemployees", OrderType.Ascending)));
        Assert.Equal(["Ten", "Five", "None"], Run(Ordered("numberofemployees", OrderType.Descending)));
    }

    [Fact]
    public void Execute_OrderOnChoice_SortsByLabel()
    {
        // Values 1 Accounting, 2 Consulting, 3 Banking: label order is 1, 3, 2.
        _source.Add(
            Account("Consulting", industry: TestTables.IndustryConsulting),
            Account("Banking", industry: TestTables.IndustryBanking),
            Account("Accounting", industry: TestTables.IndustryAccounting));

        Assert.Equal(["Accounting", "Banking", "Consulting"], Run(Ordered("industrycode", OrderType.Ascending)));
    }

    [Fact]
    public void Execute_FetchXmlUseRawOrderBy_SortsChoiceByValue()
    {
        _source.Add(
            Account("Consulting", industry: TestTables.IndustryConsulting),
            Account("Banking", industry: TestTables.IndustryBanking),
            Account("Accounting", industry: TestTables.IndustryAccounting));
        const string Fetch = "<fetch useraworderby='true'><entity name='account'><attribute name='name'/><order attribute='industrycode'/></entity></fetch>";

        Assert.Equal(["Accounting", "Consulting", "Banking"], _engine.Execute(new FetchExpression(Fetch), _source).Names());
    }

    [Fact]
    public void Execute_OrderOnLookup_SortsByReferencedRowName()
    {
        var zed = new Entity("contact") { ["fullname"] = "Zed" };
        var amy = new Entity("contact") { ["fullname"] = "Amy" };
        _source.Add(zed, amy);
        _source.Add(
            new Entity("account") { ["name"] = "Of Zed", ["primarycontactid"] = zed.ToEntityReference() },
            new Entity("account") { ["name"] = "Of Amy", ["primarycontactid"] = amy.ToEntityReference() });

        Assert.Equal(["Of Amy", "Of Zed"], Run(Ordered("primarycontactid", OrderType.Ascending)));
    }

    [Fact]
    public void Execute_OrderOnText_IgnoresCase()
    {
        _source.Add(Account("beta"), Account("Alpha"), Account("Gamma"));

        Assert.Equal(["Alpha", "beta", "Gamma"], Run(Ordered("name", OrderType.Ascending)));
    }

    [Fact]
    public void Execute_LinkEntityOrders_ApplyAfterEntityOrders()
    {
        var sample = new CrmSample();
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        var account = query.AddLink("account", "parentcustomerid", "accountid");
        account.EntityAlias = "a";
        account.Orders.Add(new OrderExpression("name", OrderType.Descending));
        query.AddOrder("fullname", OrderType.Descending);

        // Contact names decide first (Cid, Bob, Ann); the account order only breaks ties.
        Assert.Equal(["Cid", "Bob", "Ann"], _engine.Execute(query, sample.Source).Strings("fullname"));
    }

    [Fact]
    public void Execute_EntityOrderNamingLinkAlias_AppliesFirst()
    {
        var sample = new CrmSample();
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        query.AddLink("account", "parentcustomerid", "accountid").EntityAlias = "a";
        query.Orders.Add(new OrderExpression("name", OrderType.Descending, null, "a"));
        query.AddOrder("fullname", OrderType.Ascending);

        // Fabrikam's contact first, then Contoso's two in name order.
        Assert.Equal(["Bob", "Ann", "Cid"], _engine.Execute(query, sample.Source).Strings("fullname"));
    }

    private static Entity Account(string name, int? employees = null, int? industry = null)
    {
        var account = new Entity("account") { ["name"] = name };
        if (employees is not null)
        {
            account["numberofemployees"] = employees;
        }

        if (industry is not null)
        {
            account["industrycode"] = new OptionSetValue(industry.Value);
        }

        return account;
    }

    private static QueryExpression Ordered(string attribute, OrderType orderType)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder(attribute, orderType);
        return query;
    }

    private List<string?> Run(QueryExpression query) => _engine.Execute(query, _source).Names();
}
