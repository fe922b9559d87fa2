using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.FetchXml;

/// <summary>Reads a <c>filter</c> element with its nested filters and conditions.</summary>
internal static class FetchXmlFilterReader
{
    private static readonly string[] FilterAttributes =
        [FetchXmlNames.Type, "hint", "isquickfindfields", "overridequickfindrecordlimitenabled", "overridequickfindrecordlimitdisabled"];

    private static readonly string[] ConditionAttributes =
    [
        FetchXmlNames.Attribute, FetchXmlNames.Operator, FetchXmlNames.Value, FetchXmlNames.EntityName, FetchXmlNames.ValueOf,
        FetchXmlNames.Alias, FetchXmlNames.Aggregate, FetchXmlNames.RowAggregate, "uiname", "uitype", "uihidden",
    ];

    private static readonly string[] ValueAttributes = ["uiname", "uitype"];

    public static FilterNode Read(FetchXmlElement filter)
    {
        filter.AllowOnly(FilterAttributes);
        var type = filter.Optional(FetchXmlNames.Type) ?? FetchXmlNames.And;
        var node = new FilterNode(type switch
        {
            FetchXmlNames.And => FilterKind.And,
            FetchXmlNames.Or => FilterKind.Or,
            _ => throw filter.Fault($"type '{type}' must be 'and' or 'or'"),
        });

        foreach (var child in filter.Children(FetchXmlNames.Condition, FetchXmlNames.Filter, FetchXmlNames.LinkEntity))
        {
            switch (child.Name)
            {
                case FetchXmlNames.Condition:
                    node.Conditions.Add(ReadCondition(child));
                    break;
                case FetchXmlNames.Filter:
                    node.Filters.Add(Read(child));
                    break;
                default:
                    throw QueryFaults.Unsupported($"<link-entity> inside <filter> (any / not any / all / not all) at <{child.Path}>");
            }
        }

        return node;
    }

    private static ConditionNode ReadCondition(FetchXmlElement condition)
    {
        condition.AllowOnly(ConditionAttributes);
        if (condition.Optional(FetchXmlNames.Aggregate) is not null || condition.Optional(FetchXmlNames.RowAggregate) is not null)
        {
            throw QueryFaults.Unsupported($"aggregate conditions (having) at <{condition.Path}>");
        }

        if (condition.Optional(FetchXmlNames.Alias) is not null)
        {
            throw QueryFaults.Unsupported($"conditions on an aggregate alias at <{condition.Path}>");
        }

        var operatorName = condition.Required(FetchXmlNames.Operator);
        if (!FetchXmlOperators.TryGet(operatorName, out var conditionOperator))
        {
            throw condition.Fault($"'{operatorName}' is not a FetchXML condition operator; known: {string.Join(", ", FetchXmlOperators.Names)}");
        }

        var attribute = condition.Required(FetchXmlNames.Attribute);
        var entityName = condition.Optional(FetchXmlNames.EntityName);
        var valueOf = condition.Optional(FetchXmlNames.ValueOf);
        var values = ReadValues(condition);
        if (valueOf is null)
        {
            return new ConditionNode(entityName, attribute, conditionOperator, values)
            {
                ValuesAreText = true,
                OperatorDisplayName = operatorName,
            };
        }

        if (values.Count > 0)
        {
            throw condition.Fault("'valueof' compares two columns, so the condition can't also have values");
        }

        var dot = valueOf.IndexOf('.', System.StringComparison.Ordinal);
        return new ConditionNode(entityName, attribute, conditionOperator, [])
        {
            OperatorDisplayName = operatorName,
            CompareToEntityAlias = dot < 0 ? null : valueOf[..dot],
            CompareToAttribute = dot < 0 ? valueOf : valueOf[(dot + 1)..],
        };
    }

    private static List<object?> ReadValues(FetchXmlElement condition)
    {
        var children = condition.Children(FetchXmlNames.Value).ToList();
        var single = condition.Optional(FetchXmlNames.Value);
        if (single is not null && children.Count > 0)
        {
            throw condition.Fault("give the value either as the 'value' attribute or as <value> elements, not both");
        }

        if (single is not null)
        {
            return [single];
        }

        foreach (var child in children)
        {
            child.AllowOnly(ValueAttributes);
        }

        return children.Select(child => (object?)child.Text).ToList();
    }
}
