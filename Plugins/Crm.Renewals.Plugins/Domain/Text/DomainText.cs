using System;
using System.Collections.Generic;
using System.Globalization;

namespace Crm.Renewals.Plugins.Domain.Text;

/// <summary>
/// How numbers, dates and ranges appear in the plain-word reasons and messages the domain
/// produces. Culture-invariant on purpose: the texts are stored on records (risk reasons,
/// approval reasons) and must read the same whichever user's locale triggered the evaluation.
/// </summary>
public static class DomainText
{
    /// <summary>The dash between the ends of a range, as in "30–120".</summary>
    public const string RangeDash = "\u2013";

    private const string NumberFormat = "#,0.##";
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>A number with thousands separators and at most two decimals: 100,000 / 12.5 / -20.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number.</returns>
    public static string Number(decimal value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);

    /// <summary>A whole number: 150 / -20.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number.</returns>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage: 12.5%.</summary>
    /// <param name="value">The percentage (12.5 means 12.5 %).</param>
    /// <returns>The formatted percentage.</returns>
    public static string Percent(decimal value) => Number(value) + "%";

    /// <summary>A calendar date in ISO form: 2025-03-31.</summary>
    /// <param name="value">The date; the time of day is ignored.</param>
    /// <returns>The formatted date.</returns>
    public static string Date(DateTime value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>An inclusive range: 30–120.</summary>
    /// <param name="min">Lower end.</param>
    /// <param name="max">Upper end.</param>
    /// <returns>The formatted range.</returns>
    public static string Range(decimal min, decimal max) => Number(min) + RangeDash + Number(max);

    /// <summary>A list in words: "a", "a and b", "a, b and c".</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The joined text; empty for no items.</returns>
    public static string List(IReadOnlyList<string> items) => Join(items, " and ");

    /// <summary>Alternatives in words: "a", "a or b", "a, b or c".</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The joined text; empty for no items.</returns>
    public static string Alternatives(IReadOnlyList<string> items) => Join(items, " or ");

    /// <summary>"1 day" / "5 days" style counts.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The noun for one.</param>
    /// <param name="plural">The noun for any other count.</param>
    /// <returns>The count with its noun.</returns>
    public static string Count(int count, string singular, string plural) =>
        Number(count) + " " + (count == 1 ? singular : plural);

    /// <summary>The text with its first letter upper-case, for a list that starts a sentence.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The capitalized text.</returns>
    public static string Capitalize(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>The text with its first letter lower-case, for a sentence continued after a semicolon.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, its first letter lower-cased.</returns>
    public static string Uncapitalize(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

    private static string Join(IReadOnlyList<string> items, string lastSeparator)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        if (items.Count <= 1)
        {
            return items.Count == 0 ? string.Empty : items[0];
        }

        var head = new string[items.Count - 1];
        for (var i = 0; i < head.Length; i++)
        {
            head[i] = items[i];
        }

        return string.Join(", ", head) + lastSeparator + items[items.Count - 1];
    }
}
