using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Values;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>Validates and binds the attributes and orders of a FetchXML aggregate query.</summary>
internal static class AggregateBinder
{
    /// <summary>Dataverse's AggregateQueryRecordLimit.</summary>
    public const int PlatformRowLimit = 50_000;

    public static AggregateSpec Bind(QueryPlan plan, QueryScopes scopes)
    {
        var columns = new List<AggregateColumn>();
        foreach (var scope in scopes.All)
        {
            var selection = scope.IsRoot ? plan.Columns : scope.Link!.Columns;
            if (selection.AllColumns)
            {
                throw QueryFaults.InvalidFetchXml($"<all-attributes> can't be used in an aggregate query (on '{scope.Alias}'): list each aggregate or groupby attribute.");
            }

            columns.AddRange(selection.Attributes.Select(attribute => BindColumn(attribute, scope)));
        }

        if (columns.Count == 0)
        {
            throw QueryFaults.InvalidFetchXml("an aggregate query needs at least one attribute with 'aggregate' or groupby=\"true\".");
        }

        var duplicate = columns.GroupBy(column => column.Alias).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw QueryFaults.InvalidFetchXml($"the alias '{duplicate.Key}' is used by more than one attribute: aliases must be unique.");
        }

        var orders = plan.Orders.Concat(scopes.All.Skip(1).SelectMany(scope => scope.Link!.Orders))
            .Select(order => BindOrder(order, columns))
            .ToList();
        var limit = plan.AggregateLimit is { } requested && requested is > 0 and < PlatformRowLimit ? requested : PlatformRowLimit;
        return new AggregateSpec(columns, orders, limit);
    }

    private static AggregateColumn BindColumn(SelectedAttribute attribute, EntityScope scope)
    {
        var column = scope.Column(attribute.Name);
        var where = $"the attribute '{scope.LogicalName}.{attribute.Name}'";
        if (string.IsNullOrEmpty(attribute.Alias))
        {
            throw QueryFaults.InvalidFetchXml($"{where} needs an 'alias': every attribute of an aggregate query is returned under its alias.");
        }

        if ((attribute.Aggregate is null) == !attribute.GroupBy)
        {
            throw QueryFaults.InvalidFetchXml($"{where} must have either an 'aggregate' function or groupby=\"true\" (exactly one) in an aggregate query.");
        }

        if (attribute.DateGrouping is not null && (!attribute.GroupBy || column.Type != ColumnType.DateTime))
        {
            throw QueryFaults.InvalidFetchXml($"{where}: 'dategrouping' applies only to a groupby=\"true\" date column.");
        }

        if (attribute.DistinctValues && attribute.Aggregate != AggregateFunction.CountColumn)
        {
            throw QueryFaults.InvalidFetchXml($"{where}: distinct=\"true\" applies only to aggregate=\"countcolumn\".");
        }

        if (attribute.Aggregate is { } function && !Accepts(function, column.Type))
        {
            throw QueryFaults.InvalidFetchXml($"{where}: aggregate '{function}' can't be applied to a {column.Type} column.");
        }

        return new AggregateColumn(scope, column, attribute.Alias, attribute.Aggregate, attribute.DateGrouping, attribute.DistinctValues);
    }

    private static bool Accepts(AggregateFunction function, ColumnType type) => function switch
    {
        AggregateFunction.Count or AggregateFunction.CountColumn => true,
        AggregateFunction.Sum or AggregateFunction.Avg => IsAmount(type),
        _ => IsAmount(type) || type == ColumnType.DateTime,
    };

    private static bool IsAmount(ColumnType type) => ColumnKinds.Of(type) == ValueKind.Number && !ColumnKinds.IsChoice(type) && type != ColumnType.MultiSelectPicklist;

    private static AggregateOrder BindOrder(OrderNode order, List<AggregateColumn> columns)
    {
        if (order.Alias is null || !columns.Any(column => column.Alias == order.Alias))
        {
            throw QueryFaults.InvalidFetchXml(
                $"an aggregate query orders by the alias of one of its attributes (<order alias=\"...\"/>); '{order.Alias ?? order.Attribute}' is not one.");
        }

        return new AggregateOrder(order.Alias, order.Descending);
    }
}
