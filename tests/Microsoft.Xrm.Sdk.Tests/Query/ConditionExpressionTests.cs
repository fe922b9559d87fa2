using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests.Query;

/// <summary>behaviour.md lines on how <see cref="ConditionExpression"/> constructors fill <see cref="ConditionExpression.Values"/>.</summary>
public sealed class ConditionExpressionTests
{
    private const string Attribute = "statuscode";

    [Fact]
    public void Values_ParamsArguments_OneValuePerArgument() =>
        Assert.Equal(3, new ConditionExpression(Attribute, ConditionOperator.In, 1, 2, 3).Values.Count);

    [Fact]
    public void Values_ObjectArray_OneValuePerElement() =>
        Assert.Equal(3, new ConditionExpression(Attribute, ConditionOperator.In, new object[] { 1, 2, 3 }).Values.Count);

    [Fact]
    public void Values_IntArray_BindsToCollectionOverloadAndSpreads() =>
        Assert.Equal(new object[] { 1, 2, 3 }, new ConditionExpression(Attribute, ConditionOperator.In, new[] { 1, 2, 3 }).Values);

    [Fact]
    public void Values_List_BindsToCollectionOverloadAndSpreads() =>
        Assert.Equal(new object[] { 1, 2, 3 }, new ConditionExpression(Attribute, ConditionOperator.In, new List<int> { 1, 2, 3 }).Values);

    [Fact]
    public void Values_SingleValue_IsThatValue() =>
        Assert.Equal(new object[] { "x" }, new ConditionExpression(Attribute, ConditionOperator.Equal, "x").Values);

    [Fact]
    public void Values_NoValueOperator_IsEmpty() =>
        Assert.Empty(new ConditionExpression(Attribute, ConditionOperator.Null).Values);
}
