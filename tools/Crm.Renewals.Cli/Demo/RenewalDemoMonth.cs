using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Cli.Demo;

/// <summary>One month of the renewal year: what was generated, which milestones fell due, what closed.</summary>
internal sealed class RenewalDemoMonth
{
    private const int BarCells = 24;
    private const char Done = '█';
    private const char Ahead = '·';

    private static readonly HashSet<int> Milestones =
    [
        RenewalMilestoneChoice.T120InternalReadinessReview, RenewalMilestoneChoice.T90RenewalKickoff, RenewalMilestoneChoice.T60CustomerEngagement,
        RenewalMilestoneChoice.T45Proposal, RenewalMilestoneChoice.T30ProposalPresentationAndNegotiation, RenewalMilestoneChoice.T14FinalNegotiationAndContract,
        RenewalMilestoneChoice.T7FinalPush, RenewalMilestoneChoice.T0RenewalDay,
    ];

    public RenewalDemoMonth(DateTime first) => First = new DateTime(first.Year, first.Month, 1, 0, 0, 0, DateTimeKind.Utc);

    public DateTime First { get; }

    public int Won { get; set; }

    public int Lost { get; set; }

    public int BySweep { get; set; }

    /// <summary>The month as one line: a progress bar through the year, then its figures read from the stored rows.</summary>
    /// <param name="yearDone">Share of the year run so far, 0 to 1.</param>
    /// <param name="renewals">Every renewal opportunity.</param>
    /// <param name="tasks">Every task.</param>
    public string Describe(double yearDone, IReadOnlyList<Entity> renewals, IReadOnlyList<Entity> tasks)
    {
        var next = First.AddMonths(1);
        bool InMonth(DateTime value) => value >= First && value < next;
        var generated = renewals.Where(row => InMonth(row.GetAttributeValue<DateTime>(Opportunity.CreatedOn))).ToArray();
        var lateStarts = tasks.Count(task => Choice(task, TaskTable.Milestone) == RenewalMilestoneChoice.LateStart && InMonth(task.GetAttributeValue<DateTime>(TaskTable.CreatedOn)));
        var red = generated.Count(row => Choice(row, Opportunity.RiskCategory) == RiskCategoryChoice.Red);
        var milestonesDue = tasks.Count(task => Choice(task, TaskTable.Milestone) is int m && Milestones.Contains(m) && InMonth(task.GetAttributeValue<DateTime>(TaskTable.ScheduledEnd)));
        var done = (int)Math.Round(yearDone * BarCells);
        var bar = new string(Done, done) + new string(Ahead, BarCells - done);
        return $"  {First.ToString("yyyy-MM", CultureInfo.InvariantCulture)} [{bar}]  generated {generated.Length,3} "
            + $"({BySweep} by the sweep, {red} Red, {lateStarts} late)  milestones due {milestonesDue,4}  won {Won,3}  lost {Lost,2}";
    }

    private static int? Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;
}
