using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>Save metrics over a period: overall and per segment, with the benchmark texts.</summary>
public sealed record SaveMetricsReport
{
    /// <summary>First day of the period.</summary>
    public DateTime From { get; init; }

    /// <summary>Last day of the period (inclusive).</summary>
    public DateTime To { get; init; }

    /// <summary>The overall figures (all segments, or the one asked for).</summary>
    public SaveMetrics Overall { get; init; } = new();

    /// <summary>One entry per segment, in segment order (only the one asked for, when filtered).</summary>
    public IReadOnlyList<SaveMetrics> BySegment { get; init; } = Array.Empty<SaveMetrics>();

    /// <summary>The benchmark to show beside the figures, e.g. "50–60% success is solid; above 70% suggests …".</summary>
    public string Benchmark { get; init; } = string.Empty;

    /// <summary>The overall success rate judged against the benchmark.</summary>
    public string SuccessAssessment { get; init; } = string.Empty;
}
