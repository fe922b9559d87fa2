using System;
using Crm.Renewals.Plugins.Domain.Pipeline;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Pipeline;

/// <summary>Reads the request of <c>crr_GetRenewalPipeline</c> and writes its response.</summary>
internal sealed class PipelineRequest
{
    private const int DefaultMonths = 12;
    private static readonly DateTime EarliestFrom = new(1753, 1, 1);
    private static readonly DateTime LatestFrom = new(9997, 12, 31);

    private PipelineRequest(DateTime from, int months)
    {
        From = from;
        Months = months;
    }

    /// <summary>A day of the first month.</summary>
    public DateTime From { get; }

    /// <summary>How many months.</summary>
    public int Months { get; }

    /// <summary>The period asked for: this month and the next eleven unless said otherwise.</summary>
    /// <exception cref="InvalidPluginExecutionException">Months is outside 1 to 24.</exception>
    public static PipelineRequest Read(ILocalPluginContext context)
    {
        var inputs = context.PluginExecutionContext.InputParameters;
        var from = (StepContext.Input<DateTime?>(inputs, GetRenewalPipelineApi.RequestFrom) ?? context.Clock.UtcNow).Date;
        var months = StepContext.Input<int?>(inputs, GetRenewalPipelineApi.RequestMonths) ?? DefaultMonths;
        if (months is < 1 or > PipelineWindows.MaxMonths)
        {
            throw new InvalidPluginExecutionException("Months is " + months + "; ask for 1 to " + PipelineWindows.MaxMonths + " months.");
        }

        // Dataverse stores dates from 1753; a From near the end of the calendar would run the months past it.
        if (from < EarliestFrom || from > LatestFrom)
        {
            throw new InvalidPluginExecutionException("From is " + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "; ask for a day from "
                + EarliestFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " to " + LatestFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".");
        }

        return new PipelineRequest(from, months);
    }

    /// <summary>Writes the figures and the number of queries they took.</summary>
    public static void WriteResponse(ILocalPluginContext context, string figures, int queries)
    {
        var outputs = context.PluginExecutionContext.OutputParameters;
        outputs[GetRenewalPipelineApi.ResponseFigures] = figures;
        outputs[GetRenewalPipelineApi.ResponseQueries] = queries;
    }
}
