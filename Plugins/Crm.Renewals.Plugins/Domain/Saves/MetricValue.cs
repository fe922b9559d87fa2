using System;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>
/// One save metric: a quotient with its parts. A zero denominator gives no value and the display
/// "n/a" instead of a division error.
/// </summary>
public sealed class MetricValue
{
    /// <summary>Display of a metric without data.</summary>
    public const string NotAvailable = "n/a";

    private const decimal PercentScale = 100m;
    private const int DisplayDecimals = 1;

    private MetricValue(decimal numerator, decimal denominator, decimal scale, string unit)
    {
        Numerator = numerator;
        Denominator = denominator;
        Value = denominator == 0m ? null : numerator * scale / denominator;
        Display = Value is decimal value ? DomainText.Number(Math.Round(value, DisplayDecimals, MidpointRounding.AwayFromZero)) + unit : NotAvailable;
    }

    /// <summary>The quotient (in percent for rates), or null when the denominator is zero.</summary>
    public decimal? Value { get; }

    /// <summary>The numerator.</summary>
    public decimal Numerator { get; }

    /// <summary>The denominator.</summary>
    public decimal Denominator { get; }

    /// <summary>For display: "55.6%", "3.2x", "41.5 days", or "n/a".</summary>
    public string Display { get; }

    /// <summary>A rate in percent.</summary>
    /// <param name="numerator">Count of hits.</param>
    /// <param name="denominator">Count of cases.</param>
    /// <returns>The metric.</returns>
    public static MetricValue Percent(decimal numerator, decimal denominator) => new(numerator, denominator, PercentScale, "%");

    /// <summary>A plain ratio such as a return on investment.</summary>
    /// <param name="numerator">The return.</param>
    /// <param name="denominator">The investment.</param>
    /// <returns>The metric.</returns>
    public static MetricValue Ratio(decimal numerator, decimal denominator) => new(numerator, denominator, 1m, "x");

    /// <summary>An average number of days.</summary>
    /// <param name="totalDays">Sum of the days.</param>
    /// <param name="count">Number of cases.</param>
    /// <returns>The metric.</returns>
    public static MetricValue AverageDays(decimal totalDays, decimal count) => new(totalDays, count, 1m, " days");

    /// <inheritdoc />
    public override string ToString() => Display;
}
