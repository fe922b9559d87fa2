using System.Collections.Generic;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.FetchXml;

/// <summary>Collects the <c>attribute</c> and <c>all-attributes</c> elements of one entity or link-entity.</summary>
internal sealed class FetchXmlColumnsReader
{
    private static readonly string[] AttributeAttributes =
    [
        FetchXmlNames.Name, FetchXmlNames.Alias, FetchXmlNames.Aggregate, FetchXmlNames.GroupBy, FetchXmlNames.DateGrouping,
        FetchXmlNames.Distinct, FetchXmlNames.RowAggregate, "usertimezone", "build", "addedby",
    ];

    private readonly List<SelectedAttribute> _attributes = [];
    private bool _all;

    public void AddAllAttributes() => _all = true;

    public void AddAttribute(FetchXmlElement element)
    {
        element.AllowOnly(AttributeAttributes);
        if (element.Optional(FetchXmlNames.RowAggregate) is { } rowAggregate)
        {
            throw QueryFaults.Unsupported($"rowaggregate '{rowAggregate}' on <{element.Path}>");
        }

        _attributes.Add(new SelectedAttribute(element.Required(FetchXmlNames.Name))
        {
            Alias = element.Optional(FetchXmlNames.Alias),
            Aggregate = ReadAggregate(element),
            GroupBy = element.Flag(FetchXmlNames.GroupBy),
            DateGrouping = ReadDateGrouping(element),
            DistinctValues = element.Flag(FetchXmlNames.Distinct),
        });
    }

    public ColumnSelection ToSelection(ColumnSelection whenEmpty)
    {
        if (_all)
        {
            return ColumnSelection.All;
        }

        return _attributes.Count == 0 ? whenEmpty : new ColumnSelection(false, _attributes);
    }

    private static AggregateFunction? ReadAggregate(FetchXmlElement element)
    {
        var text = element.Optional(FetchXmlNames.Aggregate);
        return text switch
        {
            null => null,
            "count" => AggregateFunction.Count,
            "countcolumn" => AggregateFunction.CountColumn,
            "sum" => AggregateFunction.Sum,
            "avg" => AggregateFunction.Avg,
            "min" => AggregateFunction.Min,
            "max" => AggregateFunction.Max,
            _ => throw element.Fault($"aggregate '{text}' is not one of count, countcolumn, sum, avg, min, max"),
        };
    }

    private static DateGrouping? ReadDateGrouping(FetchXmlElement element)
    {
        var text = element.Optional(FetchXmlNames.DateGrouping);
        return text switch
        {
            null => null,
            "day" => DateGrouping.Day,
            "week" => DateGrouping.Week,
            "month" => DateGrouping.Month,
            "quarter" => DateGrouping.Quarter,
            "year" => DateGrouping.Year,
            "fiscal-period" or "fiscal-year" => throw QueryFaults.Unsupported($"dategrouping '{text}' on <{element.Path}>"),
            _ => throw element.Fault($"dategrouping '{text}' is not one of day, week, month, quarter, year, fiscal-period, fiscal-year"),
        };
    }
}
