using System.Collections.Generic;
using System.Globalization;
using Crm.Renewals.Plugins.Domain.Pipeline;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Pipeline;

/// <summary>
/// One aggregate FetchXML per window over the open renewals whose term ends in it: sum of ARR and count, grouped by
/// risk category and next milestone (at most 5 × 11 rows a window). Read as the caller, so a user sees the figures of
/// the renewals they may read.
/// </summary>
internal static class PipelineAggregates
{
    private const string ArrAlias = "arr";
    private const string CountAlias = "renewals";
    private const string RiskAlias = "risk";
    private const string MilestoneAlias = "milestone";
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>The aggregate rows of every window.</summary>
    public static IReadOnlyList<PipelineCell> Read(ILocalPluginContext context, IReadOnlyList<PipelineWindow> windows)
    {
        var cells = new List<PipelineCell>();
        foreach (var window in windows)
        {
            foreach (var row in context.UserService.RetrieveMultiple(new FetchExpression(Fetch(window))).Entities)
            {
                cells.Add(new PipelineCell(
                    window.Month,
                    RiskCategoryOptions.FromOptionSetValue(AliasedColumns.Value<OptionSetValue>(row, RiskAlias)),
                    AliasedColumns.Value<Money>(row, ArrAlias)?.Value ?? 0m,
                    AliasedColumns.Value<int?>(row, CountAlias) ?? 0)
                {
                    NextMilestone = AliasedColumns.Value<OptionSetValue>(row, MilestoneAlias)?.Value,
                });
            }
        }

        return cells;
    }

    private static string Fetch(PipelineWindow window) =>
        "<fetch aggregate=\"true\"><entity name=\"" + Opportunity.EntityLogicalName + "\">"
        + "<attribute name=\"" + Opportunity.EstimatedValue + "\" alias=\"" + ArrAlias + "\" aggregate=\"sum\" />"
        + "<attribute name=\"" + Opportunity.OpportunityId + "\" alias=\"" + CountAlias + "\" aggregate=\"count\" />"
        + "<attribute name=\"" + Opportunity.RiskCategory + "\" alias=\"" + RiskAlias + "\" groupby=\"true\" />"
        + "<attribute name=\"" + Opportunity.NextMilestone + "\" alias=\"" + MilestoneAlias + "\" groupby=\"true\" />"
        + OpenRenewalsOf(window)
        + "</entity></fetch>";

    /// <summary>The filter of the open renewals whose term ends in the window; the behind-on-a-milestone query links to it.</summary>
    public static string OpenRenewalsOf(PipelineWindow window) =>
        "<filter type=\"and\">"
        + "<condition attribute=\"" + Opportunity.IsRenewal + "\" operator=\"eq\" value=\"1\" />"
        + "<condition attribute=\"" + Opportunity.StateCode + "\" operator=\"eq\" value=\"" + OpportunityStateCodeChoice.Open.ToString(CultureInfo.InvariantCulture) + "\" />"
        + "<condition attribute=\"" + Opportunity.TermEndDate + "\" operator=\"on-or-after\" value=\"" + window.Start.ToString(DayFormat, CultureInfo.InvariantCulture) + "\" />"
        + "<condition attribute=\"" + Opportunity.TermEndDate + "\" operator=\"lt\" value=\"" + window.End.ToString(DayFormat, CultureInfo.InvariantCulture) + "\" />"
        + "</filter>";
}
