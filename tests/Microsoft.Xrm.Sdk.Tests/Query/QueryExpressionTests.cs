using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests.Query;

/// <summary>behaviour.md lines on <see cref="QueryExpression"/> defaults.</summary>
public sealed class QueryExpressionTests
{
    [Fact]
    public void PageInfo_NewQuery_IsNotNullWithZeroCountAndPage()
    {
        PagingInfo paging = new QueryExpression("account").PageInfo;

        Assert.NotNull(paging);
        Assert.Equal((0, 0), (paging.Count, paging.PageNumber));
    }

    [Fact]
    public void CriteriaFilterOperator_NewQuery_IsAnd() =>
        Assert.Equal(LogicalOperator.And, new QueryExpression("account").Criteria.FilterOperator);

    [Fact]
    public void TopCount_NewQuery_IsNull() =>
        Assert.Null(new QueryExpression("account").TopCount);

    [Fact]
    public void ColumnSetAllColumns_NewQuery_IsFalse() =>
        Assert.False(new QueryExpression().ColumnSet.AllColumns);

    [Fact]
    public void AddLink_FromQuery_LinksFromQueryEntityWithInnerJoin()
    {
        var query = new QueryExpression("account");

        LinkEntity link = query.AddLink("contact", "primarycontactid", "contactid");

        Assert.Same(link, Assert.Single(query.LinkEntities));
        Assert.Equal(("account", "contact", JoinOperator.Inner), (link.LinkFromEntityName, link.LinkToEntityName, link.JoinOperator));
    }
}
