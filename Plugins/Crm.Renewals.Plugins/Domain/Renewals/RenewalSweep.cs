using System;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// Pure helpers of the daily renewal sweep: which contracts to read and how big a page may be.
/// A page is bounded because each due contract costs about ten writes (opportunity and tasks) and
/// the whole call must stay well inside the 2-minute plugin limit; the caller reports a
/// continuation so a scheduler calls again for the rest.
/// </summary>
public static class RenewalSweep
{
    /// <summary>Contracts per call when the caller does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Most contracts per call: about 2,500 writes, a safe fraction of the 2-minute limit.</summary>
    public const int MaxPageSize = 250;

    /// <summary>How far AsOf may be after today, in days (a scheduler in a time zone ahead of UTC).</summary>
    public const int MaxAsOfDistanceDays = 1;

    /// <summary>The window of end dates the sweep reads on <paramref name="today"/>.</summary>
    /// <param name="today">The day the sweep runs for.</param>
    /// <param name="policy">The renewal policy (its longest lead time).</param>
    /// <returns>The window.</returns>
    public static SweepWindow Window(DateTime today, RenewalPolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        return new SweepWindow
        {
            AsOf = today.Date,
            FromEndDate = today.Date,
            ToEndDate = today.Date.AddDays(policy.LongestLeadTimeDays),
        };
    }

    /// <summary>Checks a requested page size.</summary>
    /// <param name="requested">The caller's page size, or null for the default.</param>
    /// <returns>A message saying what to fix, or null when acceptable.</returns>
    public static string? ValidatePageSize(int? requested) =>
        requested is int size && (size < 1 || size > MaxPageSize)
            ? "PageSize must be from 1 to " + DomainText.Number(MaxPageSize) + " (default " + DomainText.Number(DefaultPageSize) + "); it is " + DomainText.Number(size) + "."
            : null;

    /// <summary>
    /// Checks a requested sweep day. Only today, or tomorrow for a scheduler in a time zone ahead of UTC, is
    /// accepted: a later day would start renewals before their lead time (and exactly-once would then keep the
    /// right one from ever being generated), an earlier one would create tasks already due in the past.
    /// </summary>
    /// <param name="requested">The caller's AsOf, or null for today.</param>
    /// <param name="today">Today (UTC date of the operation).</param>
    /// <returns>A message saying what to fix, or null when acceptable.</returns>
    public static string? ValidateAsOf(DateTime? requested, DateTime today) =>
        requested is DateTime day && (day.Date < today.Date || (day.Date - today.Date).TotalDays > MaxAsOfDistanceDays)
            ? "AsOf must be today (" + DomainText.Date(today) + ") or tomorrow, or left empty; it is " + DomainText.Date(day)
              + ". The sweep only generates what is due today, and no task may be due in the past."
            : null;

    /// <summary>
    /// The day a sweep call generates for: the day its first call chose, carried by the continuation, but never
    /// before today, so a sweep that runs past midnight does not create tasks due yesterday.
    /// </summary>
    /// <param name="continued">The day the continuation carries, or null on a first call.</param>
    /// <param name="requested">The caller's AsOf (validated), or null.</param>
    /// <param name="today">Today (UTC date of the operation).</param>
    /// <returns>The day.</returns>
    public static DateTime Day(DateTime? continued, DateTime? requested, DateTime today)
    {
        var day = (continued ?? requested ?? today).Date;
        return day < today.Date ? today.Date : day;
    }

    /// <summary>The page size to use.</summary>
    /// <param name="requested">The caller's page size (validated), or null.</param>
    /// <returns>The requested size, or <see cref="DefaultPageSize"/>.</returns>
    public static int PageSizeOrDefault(int? requested) => requested ?? DefaultPageSize;
}
