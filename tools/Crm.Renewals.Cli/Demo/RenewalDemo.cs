using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// The renewal part of the demo: two years of the T-120 timeline on the seeded book, day by day. Every
/// morning the scheduled flow runs the sweep; renewals also start when a contract is saved inside its
/// window or its account enters Red; on each renewal day the owner closes it as won (the contract moves to
/// its next term and the cycle starts again by itself) or lost (churn and win-back tasks). One line a month.
/// </summary>
internal static class RenewalDemo
{
    // Two years, so the renewals of accounts saved in the first come round again and post-save retention has data.
    private const int Days = 730;
    private const int SweepHour = 6;

    /// <summary>Runs the year and writes a line per month and the totals.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="organization">The demo's organization, with the seeded book.</param>
    /// <param name="users">The demo's users; the first sales rep takes the renewals sales owns.</param>
    public static void Write(TextWriter output, OrganizationEmulator organization, DemoUsers users)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(users);
        organization.RunAsyncJobs();
        var salesRep = users.SalesReps[0];
        organization.SetEnvironmentVariable(
            EnvironmentVariableNames.RenewalPolicy,
            "{\"salesOwner\":{\"table\":\"" + SystemUser.EntityLogicalName + "\",\"id\":\"" + salesRep.Id.ToString("D") + "\"}}");
        var openAtStart = RenewalRows(organization).Length;
        output.WriteLine();
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"Renewals over two years from {organization.Clock.Today.AddDays(1).ToString("yyyy-MM-dd", culture)}, one line a month: the sweep runs every morning "
            + "(the first morning catches up on what fell due while the risk story ran); each renewal is won or lost on its renewal day.");
        output.WriteLine($"  {openAtStart} renewals already open (their contracts were created inside the window, or their account entered Red); "
            + $"from now on sales ({salesRep.Name}) owns renewals above 100,000 ARR or of Red accounts.");

        var flow = organization.Users.CreateUser("Renewal Scheduler");
        var sweep = new RenewalDemoSweep(organization.ServiceFor(flow));
        var saves = new SaveOutcomeDesk(organization);
        var outcomes = new RenewalDemoOutcomes(organization, saves);
        var start = organization.Clock.Today;
        var month = new RenewalDemoMonth(start.AddDays(1));
        for (var day = 1; day <= Days; day++)
        {
            organization.Clock.Set(start.AddDays(day).AddHours(SweepHour));
            var today = organization.Clock.Today;
            if (today.Month != month.First.Month)
            {
                output.WriteLine(month.Describe((double)(day - 1) / Days, RenewalRows(organization), TaskRows(organization)));
                month = new RenewalDemoMonth(today);
            }

            month.BySweep += sweep.RunToday();
            organization.RunAsyncJobs();
            var (won, lost) = outcomes.CloseDueToday();
            month.Won += won;
            month.Lost += lost;
            organization.RunAsyncJobs();
        }

        output.WriteLine(month.Describe(1, RenewalRows(organization), TaskRows(organization)));
        WriteTotals(output, organization, sweep, openAtStart);
        SaveDemo.Write(output, organization, saves, start.AddDays(1), organization.Clock.Today);
    }

    private static void WriteTotals(TextWriter output, OrganizationEmulator organization, RenewalDemoSweep sweep, int openAtStart)
    {
        var renewals = RenewalRows(organization);
        var won = renewals.Count(row => row.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value == OpportunityStateCodeChoice.Won);
        var lost = renewals.Count(row => row.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value == OpportunityStateCodeChoice.Lost);
        var duplicates = renewals
            .GroupBy(row => (row.GetAttributeValue<EntityReference>(Opportunity.Contract)?.Id, row.GetAttributeValue<DateTime>(Opportunity.TermEndDate)))
            .Count(term => term.Count() > 1);
        var churned = organization.Rows(CustomerContract.EntityLogicalName)
            .Count(row => row.GetAttributeValue<OptionSetValue>(CustomerContract.ContractStatus)?.Value == ContractStatusChoice.Churned);
        var winBack = TaskRows(organization).Count(task => task.GetAttributeValue<OptionSetValue>(TaskTable.Milestone)?.Value == RenewalMilestoneChoice.WinBack);
        var generatedThisYear = renewals.Length - openAtStart;
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"  Two years: {generatedThisYear} renewals generated ({sweep.Created} by the daily sweep, {generatedThisYear - sweep.Created} when a contract was saved "
            + $"or won into its next term, or its account entered Red); {won} won, {lost} lost; {churned} contracts churned, {winBack} win-back tasks.");
        output.WriteLine($"  Exactly once: {duplicates} contract terms with more than one renewal. Sweep: {sweep.Calls} calls over {Days} days, "
            + $"longest {sweep.LongestCall.TotalMilliseconds.ToString("0.0", culture)} ms; {sweep.Failed} contracts reported as failed.");
    }

    private static Entity[] RenewalRows(OrganizationEmulator organization) =>
        organization.Rows(Opportunity.EntityLogicalName).Where(row => row.GetAttributeValue<bool>(Opportunity.IsRenewal)).ToArray();

    private static IReadOnlyList<Entity> TaskRows(OrganizationEmulator organization) => organization.Rows(TaskTable.EntityLogicalName);
}
