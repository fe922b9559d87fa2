using System;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Execution;
using Crm.Renewals.Emulator.Query.FetchXml;
using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Translation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Query;

/// <summary>
/// Runs RetrieveMultiple queries over an organization's stored rows. <see cref="QueryExpression"/>,
/// <see cref="QueryByAttribute"/> and <see cref="FetchExpression"/> are translated to one internal model
/// and run by one engine, so they agree on every operator, join, order and page.
/// </summary>
/// <remarks>
/// A query Dataverse would refuse throws <see cref="OrganizationFaultException"/> with the platform's error code;
/// an operator or feature the engine does not implement throws <see cref="NotSupportedException"/>
/// ("unsupported condition operator X") rather than return a wrong answer. Returned entities are copies:
/// changing them never changes stored data. The engine holds no state and is safe to share.
/// </remarks>
public sealed class QueryEngine
{
    /// <summary>Runs <paramref name="query"/> against <paramref name="source"/>.</summary>
    /// <param name="query">A QueryExpression, QueryByAttribute or FetchExpression.</param>
    /// <param name="source">The organization's metadata, rows, clock and caller.</param>
    /// <returns>The page of results with MoreRecords, PagingCookie and (if asked) TotalRecordCount.</returns>
    public EntityCollection Execute(QueryBase query, IQueryDataSource source)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(source);
        var plan = Translate(query);
        var bound = QueryBinder.Bind(plan, new QueryContext(source));
        return QueryExecutor.Execute(bound);
    }

    private static QueryPlan Translate(QueryBase query) => query switch
    {
        QueryExpression expression => QueryExpressionTranslator.Translate(expression),
        QueryByAttribute byAttribute => QueryByAttributeTranslator.Translate(byAttribute),
        FetchExpression fetch => FetchXmlParser.Parse(fetch.Query),
        _ => throw new NotSupportedException($"unsupported query type {query.GetType().FullName}: use QueryExpression, QueryByAttribute or FetchExpression."),
    };
}
