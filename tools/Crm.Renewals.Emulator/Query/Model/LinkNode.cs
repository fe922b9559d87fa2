using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>
/// A join to a related table. Named from the parent's point of view, because QueryExpression
/// (LinkFrom/LinkTo) and FetchXML (<c>to</c>/<c>from</c>) name the two columns the opposite way round.
/// </summary>
internal sealed class LinkNode
{
    public LinkNode(string linkedEntity, string parentAttribute, string linkedAttribute, JoinKind joinKind)
    {
        LinkedEntity = linkedEntity;
        ParentAttribute = parentAttribute;
        LinkedAttribute = linkedAttribute;
        JoinKind = joinKind;
    }

    /// <summary>Logical name of the joined table.</summary>
    public string LinkedEntity { get; }

    /// <summary>The column on the parent table.</summary>
    public string ParentAttribute { get; }

    /// <summary>The column on the joined table.</summary>
    public string LinkedAttribute { get; }

    public JoinKind JoinKind { get; }

    /// <summary>The alias results and conditions use; generated when the query gives none.</summary>
    public string? Alias { get; set; }

    public ColumnSelection Columns { get; set; } = ColumnSelection.None;

    public FilterNode Criteria { get; set; } = new(FilterKind.And);

    public List<LinkNode> Links { get; } = [];

    public List<OrderNode> Orders { get; } = [];
}
