using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Conditions;

/// <summary>
/// Equality, comparisons, null, in and between over three accounts: Alpha (10 employees, revenue 100,
/// Accounting, do-not-email), Beta (20, 200, Consulting, emails allowed) and Gamma (no values at all).
/// </summary>
public sealed class ComparisonOperatorTests
{
    private static readonly Guid AlphaContact = Guid.NewGuid();
    private static readonly Guid BetaContact = Guid.NewGuid();

    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    public ComparisonOperatorTests()
    {
        _source.Add(
            new Entity("account")
            {
                ["name"] = "Alpha",
                ["numberofemployees"] = 10,
                ["revenue"] = new Money(100m),
                ["industrycode"] = new OptionSetValue(TestTables.IndustryAccounting),
                ["donotemail"] = true,
                ["primarycontactid"] = new EntityReference("contact", AlphaContact),
                ["rating"] = 1.5m,
                ["score"] = 2.5d,
                ["bigcount"] = 5_000_000_000L,
            },
            new Entity("account")
            {
                ["name"] = "Beta",
                ["numberofemployees"] = 20,
                ["revenue"] = new Money(200m),
                ["industrycode"] = new OptionSetValue(TestTables.IndustryConsulting),
                ["donotemail"] = false,
                ["primarycontactid"] = new EntityReference("contact", BetaContact),
                ["rating"] = 3m,
                ["score"] = 1d,
            },
            new Entity("account") { ["name"] = "Gamma" });
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, new object[] { 10 }, "Alpha")]
    [InlineData(ConditionOperator.NotEqual, new object[] { 10 }, "Beta,Gamma")] // Dataverse's ne is "differs or is null": Gamma has none
    [InlineData(ConditionOperator.GreaterThan, new object[] { 10 }, "Beta")]
    [InlineData(ConditionOperator.GreaterEqual, new object[] { 10 }, "Alpha,Beta")]
    [InlineData(ConditionOperator.LessThan, new object[] { 20 }, "Alpha")]
    [InlineData(ConditionOperator.LessEqual, new object[] { 20 }, "Alpha,Beta")]
    [InlineData(ConditionOperator.In, new object[] { 10, 30 }, "Alpha")]
    [InlineData(ConditionOperator.NotIn, new object[] { 10 }, "Beta,Gamma")] // null is in no list, so it is "not in" it
    [InlineData(ConditionOperator.Between, new object[] { 5, 10 }, "Alpha")] // bounds are inclusive
    [InlineData(ConditionOperator.NotBetween, new object[] { 5, 10 }, "Beta")]
    public void Execute_NumberOperator_MatchesAsDataverseDoes(ConditionOperator conditionOperator, object[] values, string expected)
    {
        Assert.Equal(expected, Run(new ConditionExpression("numberofemployees", conditionOperator, values)));
    }

    [Theory]
    [InlineData(ConditionOperator.Null, "Gamma")]
    [InlineData(ConditionOperator.NotNull, "Alpha,Beta")]
    public void Execute_NullOperator_MatchesMissingValues(ConditionOperator conditionOperator, string expected)
    {
        Assert.Equal(expected, Run(new ConditionExpression("numberofemployees", conditionOperator)));
    }

    public static TheoryData<string, object, string> EquivalentValues => new()
    {
        { "numberofemployees", 10L, "Alpha" },                                            // long for an int column
        { "numberofemployees", 10m, "Alpha" },                                            // decimal for an int column
        { "bigcount", 5_000_000_000L, "Alpha" },                                          // bigint
        { "industrycode", new OptionSetValue(TestTables.IndustryConsulting), "Beta" },    // OptionSetValue by value
        { "industrycode", TestTables.IndustryConsulting, "Beta" },                        // the choice's int
        { "revenue", new Money(200m), "Beta" },                                           // Money by value
        { "revenue", 200m, "Beta" },                                                      // the amount as a decimal
        { "rating", 1.5m, "Alpha" },
        { "score", 2.5d, "Alpha" },
        { "primarycontactid", new EntityReference("contact", AlphaContact), "Alpha" },    // EntityReference by id
        { "primarycontactid", AlphaContact, "Alpha" },                                    // the Guid
        { "primarycontactid", AlphaContact.ToString(), "Alpha" },                         // the Guid as text
        { "donotemail", true, "Alpha" },
        { "donotemail", 0, "Beta" },                                                      // 0 / 1 for no / yes
        { "name", "ALPHA", "Alpha" },                                                     // text ignores case
    };

    [Theory]
    [MemberData(nameof(EquivalentValues))]
    public void Execute_EqualWithEquivalentValueType_ComparesByValue(string attribute, object value, string expected)
    {
        Assert.Equal(expected, Run(new ConditionExpression(attribute, ConditionOperator.Equal, value)));
    }

    [Fact]
    public void Execute_InWithOptionSetValuesAndInts_MatchesEither()
    {
        var condition = new ConditionExpression("industrycode", ConditionOperator.In, new OptionSetValue(TestTables.IndustryAccounting), TestTables.IndustryConsulting);

        Assert.Equal("Alpha,Beta", Run(condition));
    }

    [Fact]
    public void Execute_GreaterThanOnMoney_ComparesAmounts()
    {
        Assert.Equal("Beta", Run(new ConditionExpression("revenue", ConditionOperator.GreaterThan, new Money(150m))));
    }

    [Fact]
    public void Execute_EqualUserId_MatchesRowsOwnedByCaller()
    {
        var other = Guid.NewGuid();
        _source.Add(
            new Entity("account") { ["name"] = "Mine", ["ownerid"] = new EntityReference("systemuser", _source.CallerId) },
            new Entity("account") { ["name"] = "Theirs", ["ownerid"] = new EntityReference("systemuser", other) });

        Assert.Equal("Mine", Run(new ConditionExpression("ownerid", ConditionOperator.EqualUserId)));
        var notMine = Run(new ConditionExpression("ownerid", ConditionOperator.NotEqualUserId)).Split(',');
        Assert.Contains("Theirs", notMine);
        Assert.DoesNotContain("Mine", notMine);
    }

    [Fact]
    public void Execute_CompareColumns_ComparesTwoColumnsOfTheRow()
    {
        var condition = new ConditionExpression("rating", ConditionOperator.LessThan, true, "score");

        Assert.Equal("Alpha", Run(condition));
    }

    [Fact]
    public void Execute_EqualWithNullValue_FaultSaysToUseNullOperator()
    {
        var condition = new ConditionExpression("name", ConditionOperator.Equal, new object?[] { null });

        var fault = Assert.Throws<OrganizationFaultException>(() => Run(condition));

        Assert.Contains("use the Null / NotNull operator", fault.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, object, string> WrongTypes => new()
    {
        { "numberofemployees", "ten", "System.Int32" },
        { "industrycode", new Money(1m), "System.Int32" },
        { "numberofemployees", new OptionSetValue(1), "System.Int32" },
        { "name", 5, "System.String" },
        { "createdon", "2025-01-01", "System.DateTime" },
        { "primarycontactid", 42, "System.Guid" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Execute_ValueOfWrongType_FaultNamesColumnAndExpectedType(string attribute, object value, string expectedType)
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => Run(new ConditionExpression(attribute, ConditionOperator.Equal, value)));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains($"'account.{attribute}'", fault.Message, StringComparison.Ordinal);
        Assert.Contains($"expected argument(s) of type '{expectedType}'", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConditionOperator.Between, new object[] { 1 })]       // needs two
    [InlineData(ConditionOperator.Equal, new object[] { 1, 2 })]      // needs one
    [InlineData(ConditionOperator.In, new object[0])]                 // needs at least one
    [InlineData(ConditionOperator.Null, new object[] { 1 })]          // takes none
    public void Execute_WrongNumberOfValues_FaultNamesOperator(ConditionOperator conditionOperator, object[] values)
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => Run(new ConditionExpression("numberofemployees", conditionOperator, values)));

        Assert.Contains($"operator '{conditionOperator}' takes", fault.Message, StringComparison.Ordinal);
    }

    private string Run(ConditionExpression condition)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition(condition);
        return string.Join(",", _engine.Execute(query, _source).Names().Order());
    }
}
