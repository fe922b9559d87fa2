using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Pipeline;

/// <summary>
/// Main operation of the Custom API <c>crr_GetRenewalPipeline</c> (function): the pipeline dashboard's figures,
/// computed on the server with aggregate queries, eight a month (two per window of <see cref="Domain.Pipeline.PipelineWindows"/>), so
/// they stay exact and within Dataverse's 50,000-row aggregate limit at a million contracts, and the page reads a few
/// hundred bytes instead of every open renewal.
/// </summary>
public sealed class GetRenewalPipelinePlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var request = PipelineRequest.Read(context);
        var windows = Domain.Pipeline.PipelineWindows.Of(request.From, request.Months);
        var cells = PipelineAggregates.Read(context, windows);
        var behind = BehindAggregates.Read(context, windows, context.Clock.UtcNow);
        PipelineRequest.WriteResponse(context, Domain.Pipeline.PipelineFigures.ToJson(request.From, request.Months, cells, behind), windows.Count * 2);
    }
}
