using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A join from one table to another inside a <see cref="QueryExpression"/>.</summary>
public sealed class LinkEntity : IExtensibleDataObject
{
    private readonly DataCollection<LinkEntity> _linkEntities = new();
    private readonly DataCollection<OrderExpression> _orders = new();
    private ColumnSet _columns;
    private FilterExpression _linkCriteria;

    /// <summary>Creates an empty inner join.</summary>
    public LinkEntity()
    {
    }

    /// <summary>Creates a join.</summary>
    /// <param name="linkFromEntityName">The table joined from.</param>
    /// <param name="linkToEntityName">The table joined to.</param>
    /// <param name="linkFromAttributeName">The column of the table joined from.</param>
    /// <param name="linkToAttributeName">The column of the table joined to.</param>
    /// <param name="joinOperator">The kind of join.</param>
    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
    }

    /// <summary>Gets or sets the linked table's columns to return; created empty on first read.</summary>
    public ColumnSet Columns
    {
        get => _columns ??= new ColumnSet();
        set => _columns = value;
    }

    /// <summary>Gets or sets the alias the linked table's columns are returned under.</summary>
    public string EntityAlias { get; set; }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the index the join is forced to seek.</summary>
    public string ForceSeek { get; set; }

    /// <summary>Gets or sets the kind of join.</summary>
    public JoinOperator JoinOperator { get; set; }

    /// <summary>Gets or sets the filter on the linked table; created empty on first read.</summary>
    public FilterExpression LinkCriteria
    {
        get => _linkCriteria ??= new FilterExpression();
        set => _linkCriteria = value;
    }

    /// <summary>Gets the joins from the linked table.</summary>
    public DataCollection<LinkEntity> LinkEntities => _linkEntities;

    /// <summary>Gets or sets the column of the table joined from.</summary>
    public string LinkFromAttributeName { get; set; }

    /// <summary>Gets or sets the table joined from.</summary>
    public string LinkFromEntityName { get; set; }

    /// <summary>Gets or sets the column of the table joined to.</summary>
    public string LinkToAttributeName { get; set; }

    /// <summary>Gets or sets the table joined to.</summary>
    public string LinkToEntityName { get; set; }

    /// <summary>Gets the sorts on the linked table's columns.</summary>
    public DataCollection<OrderExpression> Orders => _orders;

    /// <summary>Adds and returns an inner join from the linked table.</summary>
    /// <param name="linkToEntityName">The table joined to.</param>
    /// <param name="linkFromAttributeName">The column of this linked table.</param>
    /// <param name="linkToAttributeName">The column of the table joined to.</param>
    /// <returns>The new join.</returns>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds and returns a join from the linked table.</summary>
    /// <param name="linkToEntityName">The table joined to.</param>
    /// <param name="linkFromAttributeName">The column of this linked table.</param>
    /// <param name="linkToAttributeName">The column of the table joined to.</param>
    /// <param name="joinOperator">The kind of join.</param>
    /// <returns>The new join.</returns>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(LinkFromEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        _linkEntities.Add(link);
        return link;
    }
}
