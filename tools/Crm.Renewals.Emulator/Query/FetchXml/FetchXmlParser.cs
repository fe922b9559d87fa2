using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.FetchXml;

/// <summary>Parses FetchXML into the engine's <see cref="QueryPlan"/>, refusing what it does not understand.</summary>
internal static class FetchXmlParser
{
    // Attributes Dataverse accepts that change nothing about which rows come back or how
    // (versions, formatting, locking and optimiser hints, report pre-filtering): accepted and ignored.
    private static readonly string[] IgnoredFetchAttributes =
        ["version", "mapping", "output-format", "no-lock", "latematerialize", "options", "min-active-row-version", "utc-offset"];

    private static readonly string[] IgnoredPrefilterAttributes = ["enableprefiltering", "prefilterparametername"];

    private static readonly string[] FetchAttributes =
    [
        FetchXmlNames.Top, FetchXmlNames.Count, FetchXmlNames.Page, FetchXmlNames.PagingCookie, FetchXmlNames.Aggregate,
        FetchXmlNames.AggregateLimit, FetchXmlNames.Distinct, FetchXmlNames.ReturnTotalRecordCount,
        FetchXmlNames.UseRawOrderBy, FetchXmlNames.DataSource, .. IgnoredFetchAttributes,
    ];

    private static readonly string[] EntityAttributes = [FetchXmlNames.Name, .. IgnoredPrefilterAttributes];

    private static readonly string[] LinkAttributes =
    [
        FetchXmlNames.Name, FetchXmlNames.From, FetchXmlNames.To, FetchXmlNames.Alias, FetchXmlNames.LinkType,
        "visible", "intersect", .. IgnoredPrefilterAttributes,
    ];

    private static readonly string[] OrderAttributes =
        [FetchXmlNames.Attribute, FetchXmlNames.Alias, FetchXmlNames.Descending, FetchXmlNames.EntityName];

    public static QueryPlan Parse(string fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw QueryFaults.InvalidFetchXml("the query is empty: pass a <fetch> document.");
        }

        var fetch = new FetchXmlElement(Load(fetchXml), null);
        if (fetch.Name != FetchXmlNames.Fetch)
        {
            throw QueryFaults.InvalidFetchXml($"the root element is <{fetch.Name}>; it must be <fetch>.");
        }

        fetch.AllowOnly(FetchAttributes);
        var entities = fetch.Children(FetchXmlNames.Entity).ToList();
        if (entities.Count != 1)
        {
            throw fetch.Fault($"it must contain exactly one <entity> element, found {entities.Count}");
        }

        var dataSource = fetch.Optional(FetchXmlNames.DataSource);
        if (!string.IsNullOrEmpty(dataSource) && dataSource != FetchXmlNames.DefaultDataSource)
        {
            throw QueryFaults.Unsupported($"FetchXML datasource '{dataSource}' (long-term retention)");
        }

        var entity = entities[0];
        entity.AllowOnly(EntityAttributes);
        var plan = new QueryPlan(entity.Required(FetchXmlNames.Name))
        {
            Top = fetch.Integer(FetchXmlNames.Top),
            Distinct = fetch.Flag(FetchXmlNames.Distinct),
            IsAggregate = fetch.Flag(FetchXmlNames.Aggregate),
            AggregateLimit = fetch.Integer(FetchXmlNames.AggregateLimit),
            UseRawOrderBy = fetch.Flag(FetchXmlNames.UseRawOrderBy),
            Paging = new PagingRequest(
                fetch.Integer(FetchXmlNames.Count) ?? 0,
                fetch.Integer(FetchXmlNames.Page) ?? 0,
                fetch.Optional(FetchXmlNames.PagingCookie),
                fetch.Flag(FetchXmlNames.ReturnTotalRecordCount)),
        };

        var body = ReadBody(entity, isRoot: true, plan.IsAggregate);
        plan.Columns = body.Columns;
        plan.Criteria = body.Criteria;
        plan.Links.AddRange(body.Links);
        plan.Orders.AddRange(body.Orders);
        return plan;
    }

    private static XElement Load(string fetchXml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(fetchXml), settings);
            return XDocument.Load(reader).Root!;
        }
        catch (XmlException exception)
        {
            throw QueryFaults.InvalidFetchXml($"the query is not well-formed XML: {exception.Message}");
        }
    }

    /// <summary>What an <c>entity</c> or <c>link-entity</c> element holds.</summary>
    private static LinkNode ReadBody(FetchXmlElement element, bool isRoot, bool isAggregate)
    {
        // The root reads into a placeholder link so that entity and link-entity share one reader.
        var node = isRoot
            ? new LinkNode(element.Required(FetchXmlNames.Name), "", "", JoinKind.Inner)
            : ReadLinkHeader(element);
        var columns = new FetchXmlColumnsReader();
        var filters = new List<FilterNode>();
        foreach (var child in element.Children(
            FetchXmlNames.Attribute, FetchXmlNames.AllAttributes, FetchXmlNames.Order, FetchXmlNames.Filter, FetchXmlNames.LinkEntity))
        {
            switch (child.Name)
            {
                case FetchXmlNames.Attribute:
                    columns.AddAttribute(child);
                    break;
                case FetchXmlNames.AllAttributes:
                    child.AllowOnly([]);
                    columns.AddAllAttributes();
                    break;
                case FetchXmlNames.Order:
                    node.Orders.Add(ReadOrder(child));
                    break;
                case FetchXmlNames.Filter:
                    filters.Add(FetchXmlFilterReader.Read(child));
                    break;
                default:
                    child.AllowOnly(LinkAttributes);
                    node.Links.Add(ReadBody(child, isRoot: false, isAggregate));
                    break;
            }
        }

        // FetchXML returns every column of the root entity when it lists none (except in an aggregate);
        // a link-entity returns none.
        node.Columns = columns.ToSelection(whenEmpty: isRoot && !isAggregate ? ColumnSelection.All : ColumnSelection.None);
        node.Criteria = filters.Count == 1 ? filters[0] : Combine(filters);
        return node;
    }

    private static LinkNode ReadLinkHeader(FetchXmlElement element)
    {
        var linkType = element.Optional(FetchXmlNames.LinkType) ?? FetchXmlNames.Inner;
        var joinKind = linkType switch
        {
            FetchXmlNames.Inner => JoinKind.Inner,
            FetchXmlNames.Outer => JoinKind.LeftOuter,
            "any" or "not any" or "all" or "not all" or "exists" or "in" or "matchfirstrowusingcrossapply" =>
                throw QueryFaults.Unsupported($"link-type '{linkType}' on <{element.Path}>; supported: inner, outer"),
            _ => throw element.Fault($"link-type '{linkType}' is not a FetchXML link type (inner, outer, any, not any, all, not all, exists, in, matchfirstrowusingcrossapply)"),
        };

        // FetchXML names the joined table's column 'from' and the parent's column 'to'.
        return new LinkNode(element.Required(FetchXmlNames.Name), element.Required(FetchXmlNames.To), element.Required(FetchXmlNames.From), joinKind)
        {
            Alias = element.Optional(FetchXmlNames.Alias),
        };
    }

    private static OrderNode ReadOrder(FetchXmlElement order)
    {
        order.AllowOnly(OrderAttributes);
        var attribute = order.Optional(FetchXmlNames.Attribute);
        var alias = order.Optional(FetchXmlNames.Alias);
        if (string.IsNullOrEmpty(attribute) == string.IsNullOrEmpty(alias))
        {
            throw order.Fault("give either 'attribute' or 'alias' (one of them, not both)");
        }

        return new OrderNode(order.Optional(FetchXmlNames.EntityName), attribute, alias, order.Flag(FetchXmlNames.Descending));
    }

    private static FilterNode Combine(List<FilterNode> filters)
    {
        var combined = new FilterNode(FilterKind.And);
        combined.Filters.AddRange(filters);
        return combined;
    }
}
