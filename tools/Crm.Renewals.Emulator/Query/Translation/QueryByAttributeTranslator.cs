using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Query.Translation;

/// <summary>
/// Translates a <see cref="QueryByAttribute"/> to a <see cref="QueryPlan"/>: each attribute/value pair
/// becomes an Equal condition (a null value a Null condition), all joined by And.
/// </summary>
internal static class QueryByAttributeTranslator
{
    public static QueryPlan Translate(QueryByAttribute query)
    {
        if (string.IsNullOrWhiteSpace(query.EntityName))
        {
            throw QueryFaults.InvalidQuery("QueryByAttribute.EntityName is empty: set it to the logical name of the table to query.");
        }

        if (query.Attributes.Count == 0)
        {
            throw QueryFaults.InvalidQuery("QueryByAttribute needs at least one attribute: call AddAttributeValue, or use a QueryExpression to read every row.");
        }

        if (query.Attributes.Count != query.Values.Count)
        {
            throw QueryFaults.InvalidQuery(
                $"QueryByAttribute has {query.Attributes.Count} attribute(s) but {query.Values.Count} value(s): give one value per attribute.");
        }

        var plan = new QueryPlan(query.EntityName)
        {
            Columns = QueryExpressionTranslator.TranslateColumns(query.ColumnSet),
            Top = query.TopCount,
            Paging = QueryExpressionTranslator.TranslatePaging(query.PageInfo),
        };
        for (var index = 0; index < query.Attributes.Count; index++)
        {
            var value = query.Values[index];
            plan.Criteria.Conditions.Add(value is null
                ? new ConditionNode(null, query.Attributes[index], ConditionOperator.Null, [])
                : new ConditionNode(null, query.Attributes[index], ConditionOperator.Equal, [value]));
        }

        plan.Orders.AddRange(query.Orders.Select(QueryExpressionTranslator.TranslateOrder));
        return plan;
    }
}
