using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Conditions;

/// <summary>Multi-select choice conditions over: Both (Preferred + Partner), Standard, and None (no choices).</summary>
public sealed class MultiSelectOperatorTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    public MultiSelectOperatorTests()
    {
        _source.Add(
            new Entity("account") { ["name"] = "Both", ["categories"] = Choices(TestTables.CategoryPreferred, TestTables.CategoryPartner) },
            new Entity("account") { ["name"] = "Standard", ["categories"] = Choices(TestTables.CategoryStandard) },
            new Entity("account") { ["name"] = "None" });
    }

    [Theory]
    [InlineData(ConditionOperator.ContainValues, new object[] { TestTables.CategoryPartner, TestTables.CategoryStandard }, "Both,Standard")]
    [InlineData(ConditionOperator.DoesNotContainValues, new object[] { TestTables.CategoryPartner }, "None,Standard")] // no choices contains none
    [InlineData(ConditionOperator.Equal, new object[] { TestTables.CategoryPartner, TestTables.CategoryPreferred }, "Both")] // exactly that set
    [InlineData(ConditionOperator.NotEqual, new object[] { TestTables.CategoryStandard }, "Both")]
    public void Execute_MultiSelectOperator_MatchesSelectedChoices(ConditionOperator conditionOperator, object[] values, string expected)
    {
        Assert.Equal(expected, Run(new ConditionExpression("categories", conditionOperator, values)));
    }

    [Fact]
    public void Execute_ContainValuesWithOptionSetValue_ComparesByValue()
    {
        Assert.Equal("Standard", Run(new ConditionExpression("categories", ConditionOperator.ContainValues, new OptionSetValue(TestTables.CategoryStandard))));
    }

    [Fact]
    public void Execute_NullOnMultiSelect_MatchesRowsWithoutChoices()
    {
        Assert.Equal("None", Run(new ConditionExpression("categories", ConditionOperator.Null)));
    }

    [Fact]
    public void Execute_ContainValuesOnSingleChoice_FaultSaysItNeedsMultiSelect()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => Run(new ConditionExpression("industrycode", ConditionOperator.ContainValues, 1)));

        Assert.Contains("it needs a multi-select choice column", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ContainValuesInFetchXml_ParsesValueElements()
    {
        var fetch = $"""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter><condition attribute="categories" operator="contain-values"><value>{TestTables.CategoryPreferred}</value></condition></filter>
              </entity>
            </fetch>
            """;

        Assert.Equal(["Both"], _engine.Execute(new FetchExpression(fetch), _source).Names());
    }

    private static OptionSetValueCollection Choices(params int[] values) => new(values.Select(value => new OptionSetValue(value)).ToList());

    private string Run(ConditionExpression condition)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition(condition);
        return string.Join(",", _engine.Execute(query, _source).Names().Order(StringComparer.Ordinal));
    }
}
