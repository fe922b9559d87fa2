using Crm.Renewals.Plugins.Domain.Renewals;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>The save metrics of spec §5 for one segment, or overall.</summary>
public sealed record SaveMetrics
{
    /// <summary>The segment, or null for the overall figures.</summary>
    public AccountSegment? Segment { get; init; }

    /// <summary>At-risk renewals with a save plan ÷ at-risk renewals.</summary>
    public MetricValue AttemptRate { get; init; } = MetricValue.Percent(0m, 0m);

    /// <summary>(Saved + partially saved) ÷ closed save plans.</summary>
    public MetricValue SuccessRate { get; init; } = MetricValue.Percent(0m, 0m);

    /// <summary>Saved ARR ÷ cost of save efforts.</summary>
    public MetricValue ReturnOnInvestment { get; init; } = MetricValue.Ratio(0m, 0m);

    /// <summary>Saved accounts whose next renewal was won ÷ saved accounts whose next renewal has closed.</summary>
    public MetricValue PostSaveRetention { get; init; } = MetricValue.Percent(0m, 0m);

    /// <summary>Average days from opening to outcome of the saved plans.</summary>
    public MetricValue AverageTimeToSave { get; init; } = MetricValue.AverageDays(0m, 0m);
}
