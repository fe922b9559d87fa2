using System;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Implements the Custom API <c>crr_GenerateRenewals</c>, the daily sweep a scheduled flow calls: one page
/// of due contracts per call, answering how many renewals it created, skipped and failed and where the
/// next call continues.
/// </summary>
public sealed class GenerateRenewalsPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var input = execution.InputParameters;
        var request = new SweepRequest(
            input.TryGetValue<DateTime>(GenerateRenewalsApi.RequestAsOf, out var asOf) ? asOf : null,
            input.TryGetValue<string>(GenerateRenewalsApi.RequestContinuation, out var continuation) ? continuation : null,
            input.TryGetValue<int>(GenerateRenewalsApi.RequestPageSize, out var pageSize) ? pageSize : null);

        var result = RenewalSweeper.Run(context, request);

        var output = execution.OutputParameters;
        output[GenerateRenewalsApi.ResponseCreated] = result.Created;
        output[GenerateRenewalsApi.ResponseSkipped] = result.Skipped;
        output[GenerateRenewalsApi.ResponseFailed] = result.Failed;
        output[GenerateRenewalsApi.ResponseContinuation] = result.Continuation;
        output[GenerateRenewalsApi.ResponseMoreRecords] = result.MoreRecords;
    }
}
