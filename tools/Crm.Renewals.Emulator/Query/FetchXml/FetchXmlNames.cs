namespace Crm.Renewals.Emulator.Query.FetchXml;

/// <summary>Element and attribute names of the FetchXML schema, as Dataverse spells them.</summary>
internal static class FetchXmlNames
{
    public const string Fetch = "fetch";
    public const string Entity = "entity";
    public const string Attribute = "attribute";
    public const string AllAttributes = "all-attributes";
    public const string Order = "order";
    public const string Filter = "filter";
    public const string Condition = "condition";
    public const string Value = "value";
    public const string LinkEntity = "link-entity";

    public const string Name = "name";
    public const string Alias = "alias";
    public const string Top = "top";
    public const string Count = "count";
    public const string Page = "page";
    public const string PagingCookie = "paging-cookie";
    public const string Aggregate = "aggregate";
    public const string AggregateLimit = "aggregatelimit";
    public const string Distinct = "distinct";
    public const string ReturnTotalRecordCount = "returntotalrecordcount";
    public const string UseRawOrderBy = "useraworderby";
    public const string DataSource = "datasource";
    public const string DefaultDataSource = "default";
    public const string GroupBy = "groupby";
    public const string DateGrouping = "dategrouping";
    public const string RowAggregate = "rowaggregate";
    public const string Descending = "descending";
    public const string EntityName = "entityname";
    public const string Type = "type";
    public const string Operator = "operator";
    public const string ValueOf = "valueof";
    public const string From = "from";
    public const string To = "to";
    public const string LinkType = "link-type";

    public const string And = "and";
    public const string Or = "or";
    public const string Inner = "inner";
    public const string Outer = "outer";
}
