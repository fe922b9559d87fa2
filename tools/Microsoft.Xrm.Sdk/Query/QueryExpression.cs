namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A structured query: table, columns, filter, joins, sorts and paging.</summary>
public sealed class QueryExpression : QueryBase
{
    /// <summary>An empty query with no table.</summary>
    public static readonly QueryExpression Empty = new();

    private readonly DataCollection<LinkEntity> _linkEntities = new();
    private readonly DataCollection<OrderExpression> _orders = new();
    private ColumnSet _columnSet;
    private FilterExpression _criteria;
    private PagingInfo _pageInfo;

    /// <summary>Creates a query with no table.</summary>
    public QueryExpression()
    {
    }

    /// <summary>Creates a query on a table.</summary>
    /// <param name="entityName">The table's logical name.</param>
    public QueryExpression(string entityName)
    {
        EntityName = entityName;
    }

    /// <summary>Gets or sets the columns to return; created empty (no columns) on first read.</summary>
    public ColumnSet ColumnSet
    {
        get => _columnSet ??= new ColumnSet();
        set => _columnSet = value;
    }

    /// <summary>Gets or sets the filter; created empty with <see cref="LogicalOperator.And"/> on first read.</summary>
    public FilterExpression Criteria
    {
        get => _criteria ??= new FilterExpression();
        set => _criteria = value;
    }

    /// <summary>Gets or sets the data source (for example <c>retained</c> for long-term retention data).</summary>
    public string DataSource { get; set; }

    /// <summary>Gets or sets whether duplicate rows are removed.</summary>
    public bool Distinct { get; set; }

    /// <summary>Gets or sets the table's logical name.</summary>
    public string EntityName { get; set; }

    /// <summary>Gets or sets the index the query is forced to seek.</summary>
    public string ForceSeek { get; set; }

    /// <summary>Gets the joins.</summary>
    public DataCollection<LinkEntity> LinkEntities => _linkEntities;

    /// <summary>Gets or sets whether the query reads without locks.</summary>
    public bool NoLock { get; set; }

    /// <summary>Gets the sorts.</summary>
    public DataCollection<OrderExpression> Orders => _orders;

    /// <summary>Gets or sets the page to return; created on first read.</summary>
    public PagingInfo PageInfo
    {
        get => _pageInfo ??= new PagingInfo();
        set => _pageInfo = value;
    }

    /// <summary>Gets or sets SQL query hints.</summary>
    public string QueryHints { get; set; }

    /// <summary>Gets or sets a sub-query.</summary>
    public QueryExpression SubQueryExpression { get; set; }

    /// <summary>Gets or sets the largest number of records to return, or null for no limit.</summary>
    public int? TopCount { get; set; }

    /// <summary>Adds and returns an inner join from this query's table.</summary>
    /// <param name="linkToEntityName">The table joined to.</param>
    /// <param name="linkFromAttributeName">The column of this query's table.</param>
    /// <param name="linkToAttributeName">The column of the table joined to.</param>
    /// <returns>The new join.</returns>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds and returns a join from this query's table.</summary>
    /// <param name="linkToEntityName">The table joined to.</param>
    /// <param name="linkFromAttributeName">The column of this query's table.</param>
    /// <param name="linkToAttributeName">The column of the table joined to.</param>
    /// <param name="joinOperator">The kind of join.</param>
    /// <returns>The new join.</returns>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        _linkEntities.Add(link);
        return link;
    }

    /// <summary>Adds a sort.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="orderType">The direction.</param>
    public void AddOrder(string attributeName, OrderType orderType) => _orders.Add(new OrderExpression(attributeName, orderType));

    /// <summary>Adds a sort on an alias or a linked table's column.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="orderType">The direction.</param>
    /// <param name="alias">The aggregate alias.</param>
    /// <param name="entityName">The linked table's alias.</param>
    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName) =>
        _orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
}
