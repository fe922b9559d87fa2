using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>Checks that a link-entity joins two existing columns that hold the same kind of value.</summary>
internal static class JoinValidator
{
    public static void Validate(EntityScope scope)
    {
        var link = scope.Link!;
        var parent = scope.Parent!;
        if (string.IsNullOrEmpty(link.ParentAttribute) || string.IsNullOrEmpty(link.LinkedAttribute))
        {
            throw QueryFaults.InvalidQuery(
                $"The link-entity to '{scope.LogicalName}' must name the column on both sides "
                + "(QueryExpression: LinkFromAttributeName and LinkToAttributeName; FetchXML: 'to' and 'from').");
        }

        var parentColumn = parent.Column(link.ParentAttribute);
        var linkedColumn = scope.Column(link.LinkedAttribute);
        if (ColumnKinds.Of(parentColumn.Type) != ColumnKinds.Of(linkedColumn.Type))
        {
            throw QueryFaults.InvalidQuery(
                $"Cannot join '{parent.LogicalName}.{parentColumn.LogicalName}' ({parentColumn.Type}) to "
                + $"'{scope.LogicalName}.{linkedColumn.LogicalName}' ({linkedColumn.Type}): the columns hold different kinds of value.");
        }
    }
}
