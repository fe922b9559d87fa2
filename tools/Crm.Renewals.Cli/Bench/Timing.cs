using System;
using System.Diagnostics;
using System.Linq;

namespace Crm.Renewals.Cli.Bench;

/// <summary>Stopwatch measurements: medians of many samples, after a warm-up the JIT needs.</summary>
internal static class Timing
{
    /// <summary>Times <paramref name="action"/> <paramref name="samples"/> times, one sample per call.</summary>
    public static TimingSample PerCall(int warmUp, int samples, Action action)
    {
        for (var index = 0; index < warmUp; index++)
        {
            action();
        }

        var times = new double[samples];
        for (var index = 0; index < samples; index++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            times[index] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        return TimingSample.Of(times);
    }

    /// <summary>Times <paramref name="rounds"/> rounds of <paramref name="callsPerRound"/> calls; each sample is the mean per call of a round.</summary>
    public static TimingSample PerCallInRounds(int rounds, int callsPerRound, Action<int> call)
    {
        var times = new double[rounds];
        var counter = 0;
        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var index = 0; index < callsPerRound; index++)
            {
                call(counter++);
            }

            times[round] = Stopwatch.GetElapsedTime(started).TotalMicroseconds / callsPerRound;
        }

        return TimingSample.Of(times);
    }
}
