using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>One condition, still unbound: names are text and values are as the caller gave them.</summary>
internal sealed record ConditionNode(string? EntityAlias, string Attribute, ConditionOperator Operator, IReadOnlyList<object?> Values)
{
    /// <summary>
    /// True when the values are FetchXML text still to be converted to the column's type
    /// (QueryExpression values arrive typed).
    /// </summary>
    public bool ValuesAreText { get; init; }

    /// <summary>For a column comparison (<c>valueof</c> / <c>CompareColumns</c>): the other column's name.</summary>
    public string? CompareToAttribute { get; init; }

    /// <summary>For a column comparison: the alias of the table holding the other column.</summary>
    public string? CompareToEntityAlias { get; init; }

    /// <summary>How the operator is spelled where it came from, for messages (<c>last-x-days</c>).</summary>
    public string OperatorDisplayName { get; init; } = Operator.ToString();
}
