using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Crm.Renewals.Cli.Verify;

/// <summary>The timings, refusals and service calls of each operation of a load phase; several streams may add at once.</summary>
internal sealed class LoadFigures
{
    private readonly object sync = new();
    private readonly SortedDictionary<string, List<double>> timings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> refusals = new(StringComparer.Ordinal);

    /// <summary>Deadlock victims among the refusals (rolled back by the database, for the caller to retry).</summary>
    public int DeadlockVictims { get; private set; }

    /// <summary>Lock waits that outlasted the timeout among the refusals.</summary>
    public int LockTimeouts { get; private set; }

    /// <summary>Records one operation: its time, the service calls it made (null when not known), and its failure if any.</summary>
    public void Add(string op, double milliseconds, long? serviceCalls, Exception? refusal)
    {
        lock (sync)
        {
            (timings.TryGetValue(op, out var list) ? list : timings[op] = []).Add(milliseconds);
            if (serviceCalls is long made)
            {
                calls[op] = (calls.TryGetValue(op, out long sum) ? sum : 0) + made;
            }

            if (refusal is not null)
            {
                refusals[op] = (refusals.TryGetValue(op, out int refused) ? refused : 0) + 1;
                DeadlockVictims += DatabaseFaults.IsDeadlockVictim(refusal) ? 1 : 0;
                LockTimeouts += DatabaseFaults.IsLockTimeout(refusal) ? 1 : 0;
            }
        }
    }

    /// <summary>Operations recorded.</summary>
    public int Count
    {
        get
        {
            lock (sync)
            {
                return timings.Values.Sum(list => list.Count);
            }
        }
    }

    /// <summary>One line per operation: count, rate, percentiles, calls per operation (when known) and refusals.</summary>
    public void Write(TextWriter output, TimeSpan elapsed)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"  {"operation",-22} {"count",8} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"calls/op",9} {"refused",8}");
        lock (sync)
        {
            foreach (var (op, list) in timings)
            {
                list.Sort();
                string perOp = calls.TryGetValue(op, out long made) ? ((double)made / list.Count).ToString("0.0", culture) : "-";
                output.WriteLine($"  {op,-22} {list.Count.ToString("N0", culture),8} {(list.Count / elapsed.TotalSeconds).ToString("0.0", culture),8} "
                    + $"{Percentile(list, 0.50).ToString("0.00", culture),8} {Percentile(list, 0.95).ToString("0.00", culture),8} {Percentile(list, 0.99).ToString("0.00", culture),8} "
                    + $"{perOp,9} {(refusals.TryGetValue(op, out int refused) ? refused : 0).ToString("N0", culture),8}");
            }
        }
    }

    private static double Percentile(List<double> sorted, double share) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
