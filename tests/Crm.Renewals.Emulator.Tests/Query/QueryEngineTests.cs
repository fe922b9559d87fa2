using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query;

public sealed class QueryEngineTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    [Fact]
    public void Execute_ListedColumns_ReturnsOnlyThoseWithIdAndEntityName()
    {
        _source.Add(new Entity("account") { ["name"] = "Contoso", ["accountnumber"] = "A-1", ["numberofemployees"] = 10 });

        var results = _engine.Execute(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }, _source);

        var account = Assert.Single(results.Entities);
        Assert.Equal("account", results.EntityName);
        Assert.Equal(["accountid", "name"], account.Attributes.Keys.Order());
        Assert.NotEqual(Guid.Empty, account.Id);
        Assert.Equal(account.Id, account["accountid"]);
    }

    [Fact]
    public void Execute_EmptyColumnSet_ReturnsOnlyThePrimaryId()
    {
        _source.Add(new Entity("account") { ["name"] = "Contoso" });

        var account = Assert.Single(_engine.Execute(new QueryExpression("account"), _source).Entities);

        Assert.Equal(["accountid"], account.Attributes.Keys);
    }

    [Fact]
    public void Execute_AllColumns_ReturnsEveryStoredValueButNotNulls()
    {
        _source.Add(new Entity("account") { ["name"] = "Contoso", ["accountnumber"] = null, ["revenue"] = new Money(5m) });

        var account = Assert.Single(_engine.Execute(new QueryExpression("account") { ColumnSet = new ColumnSet(true) }, _source).Entities);

        Assert.Equal(["accountid", "name", "revenue"], account.Attributes.Keys.Order());
    }

    [Fact]
    public void Execute_ListedColumnWithoutValue_IsAbsentFromAttributes()
    {
        _source.Add(new Entity("account") { ["name"] = "Contoso" });

        var account = Assert.Single(_engine.Execute(new QueryExpression("account") { ColumnSet = new ColumnSet("name", "accountnumber") }, _source).Entities);

        Assert.False(account.Contains("accountnumber"));
    }

    [Fact]
    public void Execute_ResultChangedByCaller_StoredRowUnchanged()
    {
        var id = Guid.NewGuid();
        _source.Add(new Entity("account", id)
        {
            ["name"] = "Contoso",
            ["revenue"] = new Money(100m),
            ["industrycode"] = new OptionSetValue(TestTables.IndustryBanking),
            ["primarycontactid"] = new EntityReference("contact", Guid.NewGuid()),
        });

        var account = Assert.Single(_engine.Execute(new QueryExpression("account") { ColumnSet = new ColumnSet(true) }, _source).Entities);
        account["name"] = "Changed";
        account.GetAttributeValue<Money>("revenue").Value = 1m;
        account.GetAttributeValue<OptionSetValue>("industrycode").Value = TestTables.IndustryAccounting;
        account.GetAttributeValue<EntityReference>("primarycontactid").Id = Guid.Empty;

        var stored = _source.Stored("account", id);
        Assert.Equal("Contoso", stored["name"]);
        Assert.Equal(100m, stored.GetAttributeValue<Money>("revenue").Value);
        Assert.Equal(TestTables.IndustryBanking, stored.GetAttributeValue<OptionSetValue>("industrycode").Value);
        Assert.NotEqual(Guid.Empty, stored.GetAttributeValue<EntityReference>("primarycontactid").Id);
    }

    [Fact]
    public void Execute_UnknownColumnInColumnSet_FaultNamesTableAndColumn()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() =>
            _engine.Execute(new QueryExpression("account") { ColumnSet = new ColumnSet("foo") }, _source));

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
        Assert.StartsWith("'account' entity doesn't contain attribute with Name = 'foo'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UnknownColumnInCondition_FaultNamesTableAndColumn()
    {
        var query = new QueryExpression("account");
        query.Criteria.AddCondition("foo", ConditionOperator.Equal, 1);

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _source));

        Assert.Contains("'account' entity doesn't contain attribute with Name = 'foo'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UnknownColumnInOrder_FaultNamesTableAndColumn()
    {
        var query = new QueryExpression("account");
        query.AddOrder("foo", OrderType.Ascending);

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _source));

        Assert.Contains("'account' entity doesn't contain attribute with Name = 'foo'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ColumnNameInWrongCase_IsUnknown()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() =>
            _engine.Execute(new QueryExpression("account") { ColumnSet = new ColumnSet("Name") }, _source));

        Assert.Contains("Name = 'Name'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UnknownTable_FaultFromTheDataSource()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(new QueryExpression("nosuchtable"), _source));

        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.ErrorCode);
    }

    [Fact]
    public void Execute_NoRows_ReturnsEmptyCollectionWithoutMoreRecords()
    {
        var results = _engine.Execute(new QueryExpression("account"), _source);

        Assert.Empty(results.Entities);
        Assert.False(results.MoreRecords);
        Assert.Null(results.PagingCookie);
    }
}
