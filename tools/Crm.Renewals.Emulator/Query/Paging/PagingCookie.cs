using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Crm.Renewals.Emulator.Query.Binding;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Paging;

/// <summary>
/// The Dataverse-style paging cookie, <c>&lt;cookie page="1"&gt;&lt;name last="…" first="…" /&gt;&lt;accountid
/// last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>: the sort keys (orders, then the primary id) of the page's last
/// and first rows, so the next page can start after the last row even when rows were added meanwhile.
/// A null key is written without <c>last</c>/<c>first</c>.
/// </summary>
internal sealed record PagingCookie(int Page, ScalarKey?[] LastKeys)
{
    private const string CookieElement = "cookie";
    private const string PageAttribute = "page";
    private const string LastAttribute = "last";
    private const string FirstAttribute = "first";

    public static string Format(int page, IReadOnlyList<SortKeyDefinition> orders, string primaryIdColumn, ScalarKey?[] first, ScalarKey?[] last)
    {
        var cookie = new XElement(CookieElement, new XAttribute(PageAttribute, page.ToString(CultureInfo.InvariantCulture)));
        var names = orders.Select(order => order.Column.LogicalName).Append(primaryIdColumn).ToArray();
        for (var index = 0; index < names.Length; index++)
        {
            var element = new XElement(names[index]);
            if (last[index] is { } lastKey)
            {
                element.Add(new XAttribute(LastAttribute, lastKey.ToString()));
            }

            if (first[index] is { } firstKey)
            {
                element.Add(new XAttribute(FirstAttribute, firstKey.ToString()));
            }

            cookie.Add(element);
        }

        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Reads a cookie written by <see cref="Format"/> for the same orders; a clear fault otherwise.</summary>
    public static PagingCookie Parse(string text, IReadOnlyList<SortKeyDefinition> orders, string primaryIdColumn)
    {
        XElement cookie;
        try
        {
            cookie = XElement.Parse(text);
        }
        catch (XmlException exception)
        {
            throw QueryFaults.InvalidPagingCookie("not well-formed XML: " + exception.Message);
        }

        if (cookie.Name.LocalName != CookieElement || !int.TryParse(cookie.Attribute(PageAttribute)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var page))
        {
            throw QueryFaults.InvalidPagingCookie("expected <cookie page=\"n\">");
        }

        var expected = orders.Select(order => (order.Column.LogicalName, order.KeyKind)).Append((primaryIdColumn, ValueKind.Guid)).ToArray();
        var elements = cookie.Elements().ToArray();
        if (elements.Length != expected.Length || elements.Where((element, index) => element.Name.LocalName != expected[index].Item1).Any())
        {
            throw QueryFaults.InvalidPagingCookie(
                $"it records {string.Join(", ", elements.Select(e => e.Name.LocalName))} but this query orders by {string.Join(", ", expected.Select(e => e.Item1))}");
        }

        var keys = elements.Select((element, index) => ParseKey(element.Attribute(LastAttribute)?.Value, expected[index].Item2)).ToArray();
        return new PagingCookie(page, keys);
    }

    private static ScalarKey? ParseKey(string? text, ValueKind kind)
    {
        if (text is null)
        {
            return null;
        }

        var key = kind switch
        {
            ValueKind.Text => ScalarKey.FromSortableText(text),
            ValueKind.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => ScalarKey.FromNumber(number),
            ValueKind.Boolean => ScalarKey.FromBoolean(text == "1"),
            ValueKind.DateTime when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) => ScalarKey.FromDateTime(date),
            ValueKind.Guid when Guid.TryParse(text, out var id) => ScalarKey.FromGuid(id),
            _ => (ScalarKey?)null,
        };
        return key ?? throw QueryFaults.InvalidPagingCookie($"'{text}' is not a {kind} value");
    }
}
