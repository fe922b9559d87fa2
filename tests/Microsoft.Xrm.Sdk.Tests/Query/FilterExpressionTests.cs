using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests.Query;

/// <summary>How <see cref="FilterExpression"/> builds its tree.</summary>
public sealed class FilterExpressionTests
{
    [Fact]
    public void AddFilter_WithOperator_AddsAndReturnsChild()
    {
        var filter = new FilterExpression();

        FilterExpression child = filter.AddFilter(LogicalOperator.Or);

        Assert.Same(child, Assert.Single(filter.Filters));
        Assert.Equal(LogicalOperator.Or, child.FilterOperator);
    }

    [Fact]
    public void AddCondition_AttributeOperatorValue_AddsConditionWithThatValue()
    {
        var filter = new FilterExpression();

        filter.AddCondition("statecode", ConditionOperator.Equal, 0);

        ConditionExpression condition = Assert.Single(filter.Conditions);
        Assert.Equal(("statecode", ConditionOperator.Equal), (condition.AttributeName, condition.Operator));
        Assert.Equal(new object[] { 0 }, condition.Values);
    }
}
