using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Conditions and child filters combined with one <see cref="LogicalOperator"/>.</summary>
public sealed class FilterExpression : IExtensibleDataObject
{
    private readonly DataCollection<ConditionExpression> _conditions = new();
    private readonly DataCollection<FilterExpression> _filters = new();

    /// <summary>Creates an empty <see cref="LogicalOperator.And"/> filter.</summary>
    public FilterExpression()
    {
    }

    /// <summary>Creates an empty filter.</summary>
    /// <param name="filterOperator">How the filter combines its parts.</param>
    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
    }

    /// <summary>Gets or sets the link entity of an any/all filter.</summary>
    public LinkEntity AnyAllFilterLinkEntity { get; set; }

    /// <summary>Gets the conditions.</summary>
    public DataCollection<ConditionExpression> Conditions => _conditions;

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the SQL hint for the filter.</summary>
    public string FilterHint { get; set; }

    /// <summary>Gets or sets how the filter combines its parts.</summary>
    public LogicalOperator FilterOperator { get; set; }

    /// <summary>Gets the child filters.</summary>
    public DataCollection<FilterExpression> Filters => _filters;

    /// <summary>Gets or sets whether this is a quick-find filter.</summary>
    public bool IsQuickFindFilter { get; set; }

    /// <summary>Adds a condition.</summary>
    /// <param name="condition">The condition.</param>
    public void AddCondition(ConditionExpression condition) => _conditions.Add(condition);

    /// <summary>Adds a condition with the given values.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="values">The values, one per element.</param>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        AddCondition(new ConditionExpression(attributeName, conditionOperator, values));

    /// <summary>Adds a condition on a linked table's column.</summary>
    /// <param name="entityName">The linked table's alias.</param>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="values">The values, one per element.</param>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, values));

    /// <summary>Adds a condition, optionally comparing with other columns.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="compareColumns">True when the values are column names.</param>
    /// <param name="values">The values, one per element.</param>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        AddCondition(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));

    /// <summary>Adds a condition with one value, optionally another column's name.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="compareColumns">True when the value is a column name.</param>
    /// <param name="value">The value.</param>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        AddCondition(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));

    /// <summary>Adds a condition on a linked table's column, optionally comparing with other columns.</summary>
    /// <param name="entityName">The linked table's alias.</param>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="compareColumns">True when the values are column names.</param>
    /// <param name="values">The values, one per element.</param>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));

    /// <summary>Adds a condition on a linked table's column with one value, optionally another column's name.</summary>
    /// <param name="entityName">The linked table's alias.</param>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="compareColumns">True when the value is a column name.</param>
    /// <param name="value">The value.</param>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));

    /// <summary>Adds and returns a new, empty child filter.</summary>
    /// <param name="logicalOperator">How the child combines its parts.</param>
    /// <returns>The child filter.</returns>
    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        _filters.Add(child);
        return child;
    }

    /// <summary>Adds a child filter.</summary>
    /// <param name="childFilter">The child filter.</param>
    public void AddFilter(FilterExpression childFilter) => _filters.Add(childFilter);
}
