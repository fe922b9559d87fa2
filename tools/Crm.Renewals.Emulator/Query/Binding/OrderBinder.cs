using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>
/// Binds orders in the sequence Dataverse applies them: the entity's orders (which may name a
/// link-entity through its alias), then each link-entity's own orders.
/// </summary>
internal static class OrderBinder
{
    public static IReadOnlyList<SortKeyDefinition> Bind(QueryPlan plan, QueryScopes scopes, IReadOnlyList<ScopeProjection> projections)
    {
        var orders = plan.Orders.Select(order => Bind(order, scopes.Root, scopes, projections, plan.UseRawOrderBy)).ToList();
        foreach (var scope in scopes.All.Skip(1))
        {
            orders.AddRange(scope.Link!.Orders.Select(order => Bind(order, scope, scopes, projections, plan.UseRawOrderBy)));
        }

        return orders;
    }

    private static SortKeyDefinition Bind(OrderNode order, EntityScope fallback, QueryScopes scopes, IReadOnlyList<ScopeProjection> projections, bool raw)
    {
        EntityScope scope;
        string attribute;
        if (order.Attribute is not null)
        {
            scope = scopes.Resolve(order.EntityAlias, fallback);
            attribute = order.Attribute;
        }
        else
        {
            // An order by alias in a plain query names the column returned under that alias.
            var match = projections.SelectMany(p => p.Columns.Select(c => (p.Scope, Column: c))).FirstOrDefault(p => p.Column.Key == order.Alias);
            if (match.Column is null)
            {
                throw QueryFaults.InvalidQuery($"The order by alias '{order.Alias}' names no returned column: give an attribute that alias, or order by 'attribute'.");
            }

            (scope, attribute) = (match.Scope, match.Column.Attribute);
        }

        var column = scope.Column(attribute);
        var mode = ColumnKinds.IsChoice(column.Type) && !raw ? SortMode.ChoiceLabel
            : ColumnKinds.IsReference(column.Type) ? SortMode.ReferenceName
            : SortMode.Value;
        return new SortKeyDefinition(scope.Slot, column, order.Descending, mode);
    }
}
