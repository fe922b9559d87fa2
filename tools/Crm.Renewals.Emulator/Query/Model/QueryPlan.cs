using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>
/// The one internal shape every query type is translated to (QueryExpression, QueryByAttribute,
/// FetchXML) before it is bound to metadata and run. Names are still unresolved text here.
/// </summary>
internal sealed class QueryPlan
{
    public QueryPlan(string entityName) => EntityName = entityName;

    /// <summary>Logical name of the root table.</summary>
    public string EntityName { get; }

    public ColumnSelection Columns { get; set; } = ColumnSelection.None;

    public FilterNode Criteria { get; set; } = new(FilterKind.And);

    public List<LinkNode> Links { get; } = [];

    public List<OrderNode> Orders { get; } = [];

    public bool Distinct { get; set; }

    public int? Top { get; set; }

    public PagingRequest Paging { get; set; } = PagingRequest.None;

    /// <summary>True for a FetchXML <c>aggregate="true"</c> query.</summary>
    public bool IsAggregate { get; set; }

    /// <summary>FetchXML <c>aggregatelimit</c>: a lower limit than the platform's 50,000 rows.</summary>
    public int? AggregateLimit { get; set; }

    /// <summary>FetchXML <c>useraworderby</c>: order choice columns by value instead of label.</summary>
    public bool UseRawOrderBy { get; set; }
}
