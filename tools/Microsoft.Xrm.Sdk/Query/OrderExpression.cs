using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A sort on one column (or an aggregate alias).</summary>
public sealed class OrderExpression : IExtensibleDataObject
{
    /// <summary>Creates an empty ascending order.</summary>
    public OrderExpression()
    {
    }

    /// <summary>Creates an order on a column.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="orderType">The direction.</param>
    public OrderExpression(string attributeName, OrderType orderType)
    {
        AttributeName = attributeName;
        OrderType = orderType;
    }

    /// <summary>Creates an order on a column or alias.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="orderType">The direction.</param>
    /// <param name="alias">The aggregate alias.</param>
    public OrderExpression(string attributeName, OrderType orderType, string alias)
        : this(attributeName, orderType)
    {
        Alias = alias;
    }

    /// <summary>Creates an order on a column of a linked table.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <param name="orderType">The direction.</param>
    /// <param name="alias">The aggregate alias.</param>
    /// <param name="entityName">The linked table's alias.</param>
    public OrderExpression(string attributeName, OrderType orderType, string alias, string entityName)
        : this(attributeName, orderType, alias)
    {
        EntityName = entityName;
    }

    /// <summary>Gets or sets the aggregate alias sorted on.</summary>
    public string Alias { get; set; }

    /// <summary>Gets or sets the column's logical name.</summary>
    public string AttributeName { get; set; }

    /// <summary>Gets or sets the linked table's alias, when sorting on a linked column.</summary>
    public string EntityName { get; set; }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the direction.</summary>
    public OrderType OrderType { get; set; }
}
