using System;
using System.Globalization;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// Where a paged sweep stopped: the day it runs for and the last contract processed, in the
/// sweep's order (end date, then contract id). The next call reads contracts after that key, so
/// rows that change while the sweep runs (a renewal created, a contract won) neither get skipped
/// nor read twice, which page numbers could not guarantee. Travels as an opaque string.
/// </summary>
public sealed record SweepCursor
{
    private const string Version = "v1";
    private const char Separator = '|';
    private const string DateFormat = "yyyy-MM-dd";
    private const int PartCount = 4;

    /// <summary>Creates a cursor.</summary>
    /// <param name="asOf">The day the sweep runs for.</param>
    /// <param name="lastEndDate">End date of the last contract processed.</param>
    /// <param name="lastContractId">Id of the last contract processed.</param>
    public SweepCursor(DateTime asOf, DateTime lastEndDate, Guid lastContractId)
    {
        AsOf = asOf.Date;
        LastEndDate = lastEndDate.Date;
        LastContractId = lastContractId;
    }

    /// <summary>The day the sweep runs for; later pages keep it even past midnight.</summary>
    public DateTime AsOf { get; }

    /// <summary>End date of the last contract processed.</summary>
    public DateTime LastEndDate { get; }

    /// <summary>Id of the last contract processed.</summary>
    public Guid LastContractId { get; }

    /// <summary>Reads a continuation string returned by <see cref="Format"/>.</summary>
    /// <param name="text">The continuation string.</param>
    /// <param name="cursor">The cursor, when valid.</param>
    /// <param name="problem">What is wrong, when not.</param>
    /// <returns>True when the text is a valid cursor.</returns>
    public static bool TryParse(string? text, out SweepCursor? cursor, out string? problem)
    {
        cursor = null;
        problem = null;
        var parts = (text ?? string.Empty).Split(Separator);
        if (parts.Length == PartCount
            && parts[0] == Version
            && DateTime.TryParseExact(parts[1], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf)
            && DateTime.TryParseExact(parts[2], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastEnd)
            && Guid.TryParse(parts[3], out var id))
        {
            cursor = new SweepCursor(asOf, lastEnd, id);
            return true;
        }

        problem = "The continuation \"" + text + "\" is not one this sweep returned; pass the Continuation from the previous call unchanged, or none to start a new sweep.";
        return false;
    }

    /// <summary>The cursor as the opaque continuation string.</summary>
    /// <returns>E.g. <c>v1|2025-01-01|2025-04-30|3f2504e0-4f89-11d3-9a0c-0305e82c3301</c>.</returns>
    public string Format() => string.Join(
        Separator.ToString(),
        Version,
        DomainText.Date(AsOf),
        DomainText.Date(LastEndDate),
        LastContractId.ToString("D", CultureInfo.InvariantCulture));
}
