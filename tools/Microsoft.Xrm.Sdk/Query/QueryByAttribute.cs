namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query for records whose columns equal given values (all must match).</summary>
public sealed class QueryByAttribute : QueryBase
{
    private readonly DataCollection<string> _attributes = new();
    private readonly DataCollection<object> _values = new();
    private readonly DataCollection<OrderExpression> _orders = new();
    private ColumnSet _columnSet;
    private PagingInfo _pageInfo;

    /// <summary>Creates a query with no table.</summary>
    public QueryByAttribute()
    {
    }

    /// <summary>Creates a query on a table.</summary>
    /// <param name="entityName">The table's logical name.</param>
    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    /// <summary>Gets the columns compared, parallel to <see cref="Values"/>.</summary>
    public DataCollection<string> Attributes => _attributes;

    /// <summary>Gets or sets the columns to return; created empty on first read.</summary>
    public ColumnSet ColumnSet
    {
        get => _columnSet ??= new ColumnSet();
        set => _columnSet = value;
    }

    /// <summary>Gets or sets the table's logical name.</summary>
    public string EntityName { get; set; }

    /// <summary>Gets the sorts.</summary>
    public DataCollection<OrderExpression> Orders => _orders;

    /// <summary>Gets or sets the page to return; created on first read.</summary>
    public PagingInfo PageInfo
    {
        get => _pageInfo ??= new PagingInfo();
        set => _pageInfo = value;
    }

    /// <summary>Gets or sets the largest number of records to return, or null for no limit.</summary>
    public int? TopCount { get; set; }

    /// <summary>Gets the values compared with, parallel to <see cref="Attributes"/>.</summary>
    public DataCollection<object> Values => _values;

    /// <summary>Adds a column and the value it must equal.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="value">The value.</param>
    public void AddAttributeValue(string attributeName, object value)
    {
        _attributes.Add(attributeName);
        _values.Add(value);
    }

    /// <summary>Adds a sort.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="orderType">The direction.</param>
    public void AddOrder(string attributeName, OrderType orderType) => _orders.Add(new OrderExpression(attributeName, orderType));
}
