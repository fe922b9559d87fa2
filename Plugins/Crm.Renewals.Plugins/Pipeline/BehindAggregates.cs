using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Pipeline;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Pipeline;

/// <summary>
/// One aggregate FetchXML per window over the open milestone tasks already due of the open renewals whose term ends
/// in it: the distinct count of their renewals. Due before now, as the Overdue renewal milestones view counts them. Windowed like <see cref="PipelineAggregates"/>, so each query stays within
/// the aggregate limit, and a renewal is in one window only, so the windows add up exactly. Win-back tasks and post-save
/// health checks sit on accounts, not renewals, and are left out.
/// </summary>
internal static class BehindAggregates
{
    private const string CountAlias = "behind";
    private const string RenewalAlias = "renewal";
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static readonly int[] NotRenewalMilestones = [RenewalMilestoneChoice.WinBack, RenewalMilestoneChoice.PostSaveHealthCheck];

    /// <summary>The behind count of every window that has one.</summary>
    public static IReadOnlyList<PipelineBehind> Read(ILocalPluginContext context, IReadOnlyList<PipelineWindow> windows, DateTime utcNow) =>
        windows.Select(window => new PipelineBehind(
                window.Month,
                context.UserService.RetrieveMultiple(new FetchExpression(Fetch(window, utcNow))).Entities
                    .Select(row => AliasedColumns.Value<int?>(row, CountAlias) ?? 0).Sum()))
            .Where(behind => behind.Count > 0)
            .ToList();

    private static string Fetch(PipelineWindow window, DateTime utcNow) =>
        "<fetch aggregate=\"true\"><entity name=\"" + Task.EntityLogicalName + "\">"
        + "<attribute name=\"" + Task.RegardingObjectId + "\" alias=\"" + CountAlias + "\" aggregate=\"countcolumn\" distinct=\"true\" />"
        + "<filter type=\"and\">"
        + "<condition attribute=\"" + Task.StateCode + "\" operator=\"eq\" value=\"" + Number(TaskStateCodeChoice.Open) + "\" />"
        + "<condition attribute=\"" + Task.Milestone + "\" operator=\"not-null\" />"
        + "<condition attribute=\"" + Task.Milestone + "\" operator=\"not-in\">"
        + string.Concat(NotRenewalMilestones.Select(value => "<value>" + Number(value) + "</value>")) + "</condition>"
        + "<condition attribute=\"" + Task.ScheduledEnd + "\" operator=\"lt\" value=\"" + utcNow.ToString(InstantFormat, CultureInfo.InvariantCulture) + "\" />"
        + "</filter>"
        + "<link-entity name=\"" + Opportunity.EntityLogicalName + "\" from=\"" + Opportunity.OpportunityId + "\" to=\"" + Task.RegardingObjectId + "\" alias=\"" + RenewalAlias + "\" link-type=\"inner\">"
        + PipelineAggregates.OpenRenewalsOf(window)
        + "</link-entity></entity></fetch>";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
