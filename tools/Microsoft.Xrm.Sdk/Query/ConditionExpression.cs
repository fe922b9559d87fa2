using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// One comparison of a column with values (or, with <see cref="CompareColumns"/>, with another column).
/// An <see cref="ICollection"/> argument is spread into <see cref="Values"/>; a <c>params object[]</c>
/// argument contributes its elements, and an element that is itself a collection stays one value.
/// </summary>
public sealed class ConditionExpression : IExtensibleDataObject
{
    private readonly DataCollection<object> _values = new();

    /// <summary>Creates an empty <see cref="ConditionOperator.Equal"/> condition.</summary>
    public ConditionExpression()
    {
    }

    /// <summary>Creates a condition with the given values.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="values">The values, one per element.</param>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, false, values)
    {
    }

    /// <summary>Creates a condition on a linked table's column with the given values.</summary>
    /// <param name="entityName">The linked table's alias.</param>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="values">The values, one per element.</param>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator, false, values)
    {
    }

    /// <summary>Creates a condition on a linked table's column, optionally comparing with other columns.</summary>
    /// <param name="entityName">The linked table's alias.</param>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="compareColumns">True when the values are column names.</param>
    /// <param name="values">The values, one per element.</param>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(entityName, attributeName, conditionOperator)
    {
        CompareColumns = compareColumns;
        if (values != null)
        {
            _values.AddRange(values);
        }
    }

    /// <summary>Creates a condition on a linked table's column with one value, optionally another column's name.</summary>
    /// <param name="entityName">The linked table's alias.</param>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="compareColumns">True when the value is a column name.</param>
    /// <param name="value">The value.</param>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator)
    {
        CompareColumns = compareColumns;
        _values.Add(value);
    }

    /// <summary>Creates a condition with one value, optionally another column's name.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="compareColumns">True when the value is a column name.</param>
    /// <param name="value">The value.</param>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, value)
    {
    }

    /// <summary>Creates a condition with values, optionally other columns' names.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="compareColumns">True when the values are column names.</param>
    /// <param name="values">The values, one per element.</param>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    /// <summary>Creates a condition with one value.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="value">The value.</param>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, false, value)
    {
    }

    /// <summary>Creates a condition on a linked table's column with one value.</summary>
    /// <param name="entityName">The linked table's alias.</param>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="value">The value.</param>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, false, value)
    {
    }

    /// <summary>Creates a condition that takes no value (for example <see cref="ConditionOperator.Null"/>).</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator)
    {
    }

    /// <summary>Creates a condition on a linked table's column that takes no value.</summary>
    /// <param name="entityName">The linked table's alias.</param>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
    }

    /// <summary>Creates a condition whose values are the elements of a collection (for example a <c>List&lt;Guid&gt;</c> for <see cref="ConditionOperator.In"/>).</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="conditionOperator">The comparison.</param>
    /// <param name="values">The values; each element becomes one value.</param>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator)
    {
        if (values != null)
        {
            foreach (object value in values)
            {
                _values.Add(value);
            }
        }
    }

    /// <summary>Gets or sets the column's logical name.</summary>
    public string AttributeName { get; set; }

    /// <summary>Gets or sets whether <see cref="Values"/> names columns to compare with.</summary>
    public bool CompareColumns { get; set; }

    /// <summary>Gets or sets the linked table's alias, when the column belongs to a linked table.</summary>
    public string EntityName { get; set; }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the comparison.</summary>
    public ConditionOperator Operator { get; set; }

    /// <summary>Gets the values compared with.</summary>
    public DataCollection<object> Values => _values;
}
