using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Conditions;

/// <summary>And / Or filters, nested, over accounts A (10 employees, Accounting), B (20, Banking), C (30, Accounting).</summary>
public sealed class FilterTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    public FilterTests()
    {
        _source.Add(
            new Entity("account") { ["name"] = "A", ["numberofemployees"] = 10, ["industrycode"] = new OptionSetValue(TestTables.IndustryAccounting) },
            new Entity("account") { ["name"] = "B", ["numberofemployees"] = 20, ["industrycode"] = new OptionSetValue(TestTables.IndustryBanking) },
            new Entity("account") { ["name"] = "C", ["numberofemployees"] = 30, ["industrycode"] = new OptionSetValue(TestTables.IndustryAccounting) });
    }

    [Fact]
    public void Execute_AndFilter_RequiresEveryCondition()
    {
        var query = Query(LogicalOperator.And);
        query.Criteria.AddCondition("industrycode", ConditionOperator.Equal, TestTables.IndustryAccounting);
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.GreaterThan, 15);

        Assert.Equal("C", Run(query));
    }

    [Fact]
    public void Execute_OrFilter_RequiresAnyCondition()
    {
        var query = Query(LogicalOperator.Or);
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "A");
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.Equal, 30);

        Assert.Equal("A,C", Run(query));
    }

    [Fact]
    public void Execute_OrInsideAnd_CombinesLikeParentheses()
    {
        // Accounting AND (name = A OR employees = 20): only A, since B is Banking.
        var query = Query(LogicalOperator.And);
        query.Criteria.AddCondition("industrycode", ConditionOperator.Equal, TestTables.IndustryAccounting);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("name", ConditionOperator.Equal, "A");
        either.AddCondition("numberofemployees", ConditionOperator.Equal, 20);

        Assert.Equal("A", Run(query));
    }

    [Fact]
    public void Execute_AndInsideOr_CombinesLikeParentheses()
    {
        // name = B OR (Accounting AND employees < 20): A and B.
        var query = Query(LogicalOperator.Or);
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "B");
        var both = query.Criteria.AddFilter(LogicalOperator.And);
        both.AddCondition("industrycode", ConditionOperator.Equal, TestTables.IndustryAccounting);
        both.AddCondition("numberofemployees", ConditionOperator.LessThan, 20);

        Assert.Equal("A,B", Run(query));
    }

    [Fact]
    public void Execute_EmptyNestedFilter_MatchesEverything()
    {
        var query = Query(LogicalOperator.And);
        query.Criteria.AddFilter(LogicalOperator.Or);

        Assert.Equal("A,B,C", Run(query));
    }

    private static QueryExpression Query(LogicalOperator logicalOperator) =>
        new("account") { ColumnSet = new ColumnSet("name"), Criteria = new FilterExpression(logicalOperator) };

    private string Run(QueryExpression query) => string.Join(",", _engine.Execute(query, _source).Names().Order(StringComparer.Ordinal));
}
