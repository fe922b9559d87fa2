using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Query.Translation;

/// <summary>Translates a <see cref="QueryExpression"/> to the engine's <see cref="QueryPlan"/>.</summary>
internal static class QueryExpressionTranslator
{
    public static QueryPlan Translate(QueryExpression query)
    {
        if (string.IsNullOrWhiteSpace(query.EntityName))
        {
            throw QueryFaults.InvalidQuery("QueryExpression.EntityName is empty: set it to the logical name of the table to query.");
        }

        if (!string.IsNullOrEmpty(query.DataSource))
        {
            throw QueryFaults.Unsupported($"QueryExpression.DataSource '{query.DataSource}' (long-term retention)");
        }

        if (query.SubQueryExpression is not null)
        {
            throw QueryFaults.Unsupported("QueryExpression.SubQueryExpression");
        }

        var plan = new QueryPlan(query.EntityName)
        {
            Columns = TranslateColumns(query.ColumnSet),
            Criteria = TranslateFilter(query.Criteria),
            Distinct = query.Distinct,
            Top = query.TopCount,
            Paging = TranslatePaging(query.PageInfo),
        };
        plan.Links.AddRange(query.LinkEntities.Select(TranslateLink));
        plan.Orders.AddRange(query.Orders.Select(TranslateOrder));
        return plan;
    }

    /// <summary>Translates <c>PageInfo</c>; shared with QueryByAttribute.</summary>
    public static PagingRequest TranslatePaging(PagingInfo? paging) => paging is null
        ? PagingRequest.None
        : new PagingRequest(paging.Count, paging.PageNumber, paging.PagingCookie, paging.ReturnTotalRecordCount);

    /// <summary>Translates a <c>ColumnSet</c>; null means the primary id only, as in Dataverse.</summary>
    public static ColumnSelection TranslateColumns(ColumnSet? columns)
    {
        if (columns is null)
        {
            return ColumnSelection.None;
        }

        if (columns.AllColumns)
        {
            return ColumnSelection.All;
        }

        return new ColumnSelection(false, columns.Columns.Select(c => new SelectedAttribute(c)).ToList());
    }

    /// <summary>Translates an <c>OrderExpression</c>; shared with QueryByAttribute.</summary>
    public static OrderNode TranslateOrder(OrderExpression order) => new(
        string.IsNullOrEmpty(order.EntityName) ? null : order.EntityName,
        string.IsNullOrEmpty(order.AttributeName) ? null : order.AttributeName,
        string.IsNullOrEmpty(order.Alias) ? null : order.Alias,
        order.OrderType == OrderType.Descending);

    private static FilterNode TranslateFilter(FilterExpression? filter)
    {
        if (filter is null)
        {
            return new FilterNode(FilterKind.And);
        }

        if (filter.AnyAllFilterLinkEntity is not null)
        {
            throw QueryFaults.Unsupported("FilterExpression.AnyAllFilterLinkEntity (any/all link filters)");
        }

        var node = new FilterNode(filter.FilterOperator == LogicalOperator.Or ? FilterKind.Or : FilterKind.And);
        node.Conditions.AddRange(filter.Conditions.Select(TranslateCondition));
        node.Filters.AddRange(filter.Filters.Select(TranslateFilter));
        return node;
    }

    private static ConditionNode TranslateCondition(ConditionExpression condition)
    {
        var alias = string.IsNullOrEmpty(condition.EntityName) ? null : condition.EntityName;
        if (!condition.CompareColumns)
        {
            return new ConditionNode(alias, condition.AttributeName ?? "", condition.Operator, condition.Values.ToList());
        }

        // With CompareColumns the single value names the other column, optionally as "alias.column".
        var other = condition.Values.Count == 1 ? condition.Values[0] as string : null;
        if (string.IsNullOrEmpty(other))
        {
            throw QueryFaults.InvalidQuery(
                $"Condition on '{condition.AttributeName}' compares columns but its value is not one column name: "
                + "pass the other column's logical name as the only value.");
        }

        var dot = other.IndexOf('.', System.StringComparison.Ordinal);
        return new ConditionNode(alias, condition.AttributeName ?? "", condition.Operator, [])
        {
            CompareToEntityAlias = dot < 0 ? null : other[..dot],
            CompareToAttribute = dot < 0 ? other : other[(dot + 1)..],
        };
    }

    private static LinkNode TranslateLink(LinkEntity link)
    {
        var node = new LinkNode(link.LinkToEntityName ?? "", link.LinkFromAttributeName ?? "", link.LinkToAttributeName ?? "", TranslateJoin(link))
        {
            Alias = string.IsNullOrEmpty(link.EntityAlias) ? null : link.EntityAlias,
            Columns = TranslateColumns(link.Columns),
            Criteria = TranslateFilter(link.LinkCriteria),
        };
        node.Links.AddRange(link.LinkEntities.Select(TranslateLink));
        node.Orders.AddRange(link.Orders.Select(TranslateOrder));
        return node;
    }

    private static JoinKind TranslateJoin(LinkEntity link) => link.JoinOperator switch
    {
        JoinOperator.Inner or JoinOperator.Natural => JoinKind.Inner,
        JoinOperator.LeftOuter => JoinKind.LeftOuter,
        _ => throw QueryFaults.Unsupported($"link-entity join operator {link.JoinOperator} (to '{link.LinkToEntityName}')"),
    };
}
