using System.Linq;
using Crm.Renewals.Emulator.Query.Aggregation;
using Crm.Renewals.Emulator.Query.Conditions;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>Resolves a <see cref="QueryPlan"/> against metadata: every name checked, every condition compiled.</summary>
internal static class QueryBinder
{
    public static BoundQuery Bind(QueryPlan plan, QueryContext context)
    {
        var scopes = QueryScopes.Build(plan, context.Source);
        var compiler = new ConditionCompiler(scopes, context);
        var links = scopes.All.Skip(1)
            .Select(scope => new LinkStep(
                scope,
                scope.Parent!.Slot,
                scope.Link!.ParentAttribute,
                scope.Link.LinkedAttribute,
                scope.Link.JoinKind,
                compiler.CompileFilter(scope.Link.Criteria, scope)))
            .ToList();
        var criteria = compiler.CompileFilter(plan.Criteria, scopes.Root);

        if (plan.IsAggregate)
        {
            return new BoundQuery
            {
                Plan = plan,
                Scopes = scopes,
                Context = context,
                Criteria = criteria,
                Links = links,
                Projections = [],
                Orders = [],
                Aggregate = AggregateBinder.Bind(plan, scopes),
            };
        }

        var projections = ProjectionBinder.Bind(plan, scopes);
        return new BoundQuery
        {
            Plan = plan,
            Scopes = scopes,
            Context = context,
            Criteria = criteria,
            Links = links,
            Projections = projections,
            Orders = OrderBinder.Bind(plan, scopes, projections),
        };
    }
}
