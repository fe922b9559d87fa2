using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>A filter: conditions and nested filters joined by And or Or.</summary>
internal sealed class FilterNode
{
    public FilterNode(FilterKind kind) => Kind = kind;

    public FilterKind Kind { get; }

    public List<ConditionNode> Conditions { get; } = [];

    public List<FilterNode> Filters { get; } = [];
}
