using System;
using System.Linq;

namespace Crm.Renewals.Cli.Bench;

/// <summary>Median and 95th percentile of a set of timings, in microseconds.</summary>
/// <param name="MedianMicroseconds">The median.</param>
/// <param name="P95Microseconds">The 95th percentile.</param>
internal readonly record struct TimingSample(double MedianMicroseconds, double P95Microseconds)
{
    private const double P95 = 0.95;

    public double OperationsPerSecond => 1_000_000d / MedianMicroseconds;

    public static TimingSample Of(double[] microseconds)
    {
        var sorted = microseconds.Order().ToArray();
        return new TimingSample(sorted[sorted.Length / 2], sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * P95))]);
    }
}
