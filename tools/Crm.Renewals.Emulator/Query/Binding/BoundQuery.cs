using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Aggregation;
using Crm.Renewals.Emulator.Query.Conditions;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>A query resolved against metadata and compiled, ready to run.</summary>
internal sealed class BoundQuery
{
    public required QueryPlan Plan { get; init; }

    public required QueryScopes Scopes { get; init; }

    public required QueryContext Context { get; init; }

    /// <summary>The root filter; null matches every row.</summary>
    public IRowPredicate? Criteria { get; init; }

    /// <summary>Link-entities in slot order (parents before children).</summary>
    public required IReadOnlyList<LinkStep> Links { get; init; }

    /// <summary>What each table returns; empty for an aggregate query.</summary>
    public required IReadOnlyList<ScopeProjection> Projections { get; init; }

    /// <summary>The orders in the sequence Dataverse applies them (entity orders, then link-entity orders).</summary>
    public required IReadOnlyList<SortKeyDefinition> Orders { get; init; }

    /// <summary>The aggregate columns; null unless FetchXML <c>aggregate="true"</c>.</summary>
    public AggregateSpec? Aggregate { get; init; }

    public EntityScope Root => Scopes.Root;

    /// <summary>
    /// True when a paging cookie (the last row's keys) identifies a position in the results: not for
    /// distinct or aggregate results, nor when a join can repeat the root row or a linked column is ordered.
    /// </summary>
    public bool SupportsPagingCookie =>
        !Plan.Distinct && Aggregate is null && Links.All(link => link.IsManyToOne) && Orders.All(order => order.Slot == Root.Slot);
}
