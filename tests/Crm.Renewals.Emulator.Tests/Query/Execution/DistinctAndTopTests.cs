using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Execution;

public sealed class DistinctAndTopTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    public DistinctAndTopTests()
    {
        foreach (var (name, employees) in new[] { ("A", 10), ("B", 10), ("C", 20), ("D", 30), ("E", 20) })
        {
            _source.Add(new Entity("account") { ["name"] = name, ["numberofemployees"] = employees });
        }
    }

    [Fact]
    public void Execute_Distinct_ReturnsEachValueOnceWithoutIds()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("numberofemployees"), Distinct = true };
        query.AddOrder("numberofemployees", OrderType.Ascending);

        var results = _engine.Execute(query, _source);

        Assert.Equal([10, 20, 30], results.Entities.Select(e => e.GetAttributeValue<int>("numberofemployees")));
        Assert.All(results.Entities, entity => Assert.Equal(Guid.Empty, entity.Id));
    }

    [Fact]
    public void Execute_DistinctOverOneToManyJoin_CollapsesRepeatedParents()
    {
        var sample = new CrmSample();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), Distinct = true };
        query.AddLink("contact", "accountid", "parentcustomerid");
        query.AddOrder("name", OrderType.Ascending);

        Assert.Equal(["Contoso", "Fabrikam"], _engine.Execute(query, sample.Source).Names());
    }

    [Fact]
    public void Execute_TopCount_ReturnsFirstRowsInOrderWithoutMoreRecords()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), TopCount = 2 };
        query.AddOrder("name", OrderType.Descending);

        var results = _engine.Execute(query, _source);

        Assert.Equal(["E", "D"], results.Names());
        Assert.False(results.MoreRecords);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5001)]
    public void Execute_TopCountOutOfRange_FaultGivesTheRange(int top)
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(new QueryExpression("account") { TopCount = top }, _source));

        Assert.Contains("must be between 1 and 5000", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_TopCountWithPageInfo_FaultsAsDataverseDoes()
    {
        var query = new QueryExpression("account") { TopCount = 2, PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _source));

        Assert.Contains("can't be combined with paging", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_FetchXmlTopWithPage_Faults()
    {
        const string Fetch = "<fetch top='2' page='1'><entity name='account'/></fetch>";

        Assert.Throws<OrganizationFaultException>(() => _engine.Execute(new FetchExpression(Fetch), _source));
    }
}
