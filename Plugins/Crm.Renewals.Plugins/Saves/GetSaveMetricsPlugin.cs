using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>
/// Main operation of the Custom API <c>crr_GetSaveMetrics</c> (function): save attempt rate, success rate, ROI,
/// post-save retention and average time to save over a period, overall or for one segment, with the counts behind
/// each rate and the benchmark (<see cref="Domain.Saves.SaveMetricsCalculator"/>). The rows are read page by page, so
/// the figures stay exact at any size; the response says how many queries that took.
/// </summary>
public sealed class GetSaveMetricsPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var request = SaveMetricsRequest.Read(context);
        var data = SaveMetricsData.Load(context);
        var report = Domain.Saves.SaveMetricsCalculator.Calculate(data.Renewals, data.Plans, request.From, request.To, request.Segment, Policies.Save(context));
        SaveMetricsRequest.WriteResponse(context, report, data.Queries);
    }
}
