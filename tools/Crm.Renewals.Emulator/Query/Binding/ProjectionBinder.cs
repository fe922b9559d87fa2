using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>Binds the column sets of the root and every link-entity to result keys.</summary>
internal static class ProjectionBinder
{
    public static IReadOnlyList<ScopeProjection> Bind(QueryPlan plan, QueryScopes scopes)
    {
        var projections = new List<ScopeProjection>();
        foreach (var scope in scopes.All)
        {
            var selection = scope.IsRoot ? plan.Columns : scope.Link!.Columns;
            foreach (var attribute in selection.Attributes)
            {
                RefuseAggregateSettings(attribute, scope);
            }

            var columns = selection.AllColumns
                ? []
                : selection.Attributes.Select(attribute => Project(attribute, scope)).ToList();
            projections.Add(new ScopeProjection(scope, selection.AllColumns, columns));
        }

        return projections;
    }

    private static ProjectedColumn Project(SelectedAttribute attribute, EntityScope scope)
    {
        var column = scope.Column(attribute.Name);
        if (!string.IsNullOrEmpty(attribute.Alias))
        {
            return new ProjectedColumn(column.LogicalName, attribute.Alias, Aliased: true);
        }

        return scope.IsRoot
            ? new ProjectedColumn(column.LogicalName, column.LogicalName, Aliased: false)
            : new ProjectedColumn(column.LogicalName, scope.Alias + "." + column.LogicalName, Aliased: true);
    }

    private static void RefuseAggregateSettings(SelectedAttribute attribute, EntityScope scope)
    {
        if (attribute.Aggregate is not null || attribute.GroupBy || attribute.DateGrouping is not null)
        {
            throw QueryFaults.InvalidFetchXml(
                $"the attribute '{scope.LogicalName}.{attribute.Name}' has aggregate / groupby settings but the query is not an aggregate: "
                + "add aggregate=\"true\" to <fetch>.");
        }
    }
}
