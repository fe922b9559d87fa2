using System.Text.Json;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Pipeline;

/// <summary>The Custom API <c>crr_GetRenewalPipeline</c> through the emulated pipeline.</summary>
public sealed class GetRenewalPipelinePluginTests
{
    // Open renewals of January and February 2026 count; a won one, one ending in March and an opportunity that is
    // not a renewal do not. January: Red 120,000 (2) and Green 50,000 (1); February: Yellow 30,000 (1).
    [Fact]
    public void Execute_TwoMonths_ArrAndCountPerMonthAndRiskFromEightQueriesAMonth()
    {
        var org = SolutionOrganization.Create();
        org.Seed(
            Renewal(new DateTime(2026, 1, 1), RiskCategoryChoice.Red, 100_000m),
            Renewal(new DateTime(2026, 1, 31), RiskCategoryChoice.Red, 20_000m),
            Renewal(new DateTime(2026, 1, 15), RiskCategoryChoice.Green, 50_000m),
            Renewal(new DateTime(2026, 2, 28), RiskCategoryChoice.Yellow, 30_000m),
            Renewal(new DateTime(2026, 1, 10), RiskCategoryChoice.Red, 999_000m, state: OpportunityStateCodeChoice.Won),
            Renewal(new DateTime(2026, 3, 1), RiskCategoryChoice.Red, 999_000m),
            Renewal(new DateTime(2026, 1, 10), RiskCategoryChoice.Red, 999_000m, isRenewal: false));

        var response = org.Service.Execute(new OrganizationRequest(GetRenewalPipelineApi.MessageName)
        {
            [GetRenewalPipelineApi.RequestFrom] = new DateTime(2026, 1, 20),
            [GetRenewalPipelineApi.RequestMonths] = 2,
        }).Results;

        using var json = JsonDocument.Parse((string)response[GetRenewalPipelineApi.ResponseFigures]);
        var january = json.RootElement.GetProperty("months")[0];
        Assert.Equal(120_000m, january.GetProperty("Red").GetProperty("arr").GetDecimal());
        Assert.Equal(2, january.GetProperty("Red").GetProperty("count").GetInt32());
        Assert.Equal(50_000m, january.GetProperty("Green").GetProperty("arr").GetDecimal());
        Assert.Equal(30_000m, json.RootElement.GetProperty("months")[1].GetProperty("Yellow").GetProperty("arr").GetDecimal());
        Assert.Equal(200_000m, json.RootElement.GetProperty("totals").GetProperty("arr").GetDecimal());
        Assert.Equal(150_000m, json.RootElement.GetProperty("totals").GetProperty("arrAtRisk").GetDecimal());
        Assert.Equal(16, response[GetRenewalPipelineApi.ResponseQueries]);
    }

    // Now is 2026-01-20 09:00 UTC (the emulator's clock). The January renewal has two overdue milestone tasks and counts once; the
    // February one has a task due tomorrow only; one due at 08:00 today is overdue, one due at 10:00 is not yet; a closed
    // task, a win-back task and a won renewal's overdue task do not count.
    [Fact]
    public void Execute_OverdueMilestoneTasks_CountEachRenewalBehindOnce()
    {
        var org = SolutionOrganization.Create();
        org.Clock.Set(new DateTime(2026, 1, 20, 9, 0, 0, DateTimeKind.Utc));
        var january = Renewal(new DateTime(2026, 1, 31), RiskCategoryChoice.Red, 10_000m);
        var february = Renewal(new DateTime(2026, 2, 15), RiskCategoryChoice.Green, 10_000m);
        var won = Renewal(new DateTime(2026, 1, 25), RiskCategoryChoice.Red, 10_000m, state: OpportunityStateCodeChoice.Won);
        var thisMorning = Renewal(new DateTime(2026, 1, 28), RiskCategoryChoice.Yellow, 10_000m);
        var thisAfternoon = Renewal(new DateTime(2026, 1, 29), RiskCategoryChoice.Yellow, 10_000m);
        org.Seed(
            january, february, won, thisMorning, thisAfternoon,
            Milestone(thisMorning, new DateTime(2026, 1, 20, 8, 0, 0, DateTimeKind.Utc), RenewalMilestoneChoice.T120InternalReadinessReview),
            Milestone(thisAfternoon, new DateTime(2026, 1, 20, 10, 0, 0, DateTimeKind.Utc), RenewalMilestoneChoice.T120InternalReadinessReview),
            Milestone(january, new DateTime(2026, 1, 1), RenewalMilestoneChoice.T120InternalReadinessReview),
            Milestone(january, new DateTime(2026, 1, 10), RenewalMilestoneChoice.T90RenewalKickoff),
            Milestone(february, new DateTime(2026, 1, 21), RenewalMilestoneChoice.T120InternalReadinessReview),
            Milestone(february, new DateTime(2026, 1, 2), RenewalMilestoneChoice.T120InternalReadinessReview, TaskStateCodeChoice.Completed),
            Milestone(february, new DateTime(2026, 1, 2), RenewalMilestoneChoice.WinBack),
            Milestone(won, new DateTime(2026, 1, 2), RenewalMilestoneChoice.T120InternalReadinessReview));

        var response = org.Service.Execute(new OrganizationRequest(GetRenewalPipelineApi.MessageName) { [GetRenewalPipelineApi.RequestMonths] = 2 }).Results;

        using var json = JsonDocument.Parse((string)response[GetRenewalPipelineApi.ResponseFigures]);
        Assert.Equal(2, json.RootElement.GetProperty("months")[0].GetProperty("behind").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("months")[1].GetProperty("behind").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("totals").GetProperty("behind").GetInt32());
    }

    [Fact]
    public void Execute_MoreThanTwoYears_RefusedSayingTheRange()
    {
        var org = SolutionOrganization.Create();

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Execute(new OrganizationRequest(GetRenewalPipelineApi.MessageName)
        {
            [GetRenewalPipelineApi.RequestMonths] = 30,
        }));

        Assert.Equal("Months is 30; ask for 1 to 24 months.", refusal.Message);
    }

    // Renewals generated through the sweep carry their next milestone, so the figures add ARR up by it on the server.
    [Fact]
    public void Execute_GeneratedRenewals_ArrByTheirNextMilestone()
    {
        var scenario = Renewals.RenewalScenario.Create();
        var early = scenario.SeedContract(scenario.SeedAccount(name: "Early"), daysToEnd: 300, arr: 40_000m);
        var late = scenario.SeedContract(scenario.SeedAccount(name: "Late"), daysToEnd: 300, arr: 60_000m);
        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, early) { [CustomerContract.EndDate] = scenario.Today.AddDays(100) });
        scenario.Org.Service.Update(new Entity(CustomerContract.EntityLogicalName, late) { [CustomerContract.EndDate] = scenario.Today.AddDays(110) });
        scenario.Org.RunAsyncJobs();
        var expected = new[] { early, late }.Select(c => Renewals.RenewalScenario.Choice(scenario.Renewal(c), Opportunity.NextMilestone)).ToList();

        var response = scenario.Org.Service.Execute(new OrganizationRequest(GetRenewalPipelineApi.MessageName)).Results;

        using var json = JsonDocument.Parse((string)response[GetRenewalPipelineApi.ResponseFigures]);
        var milestones = json.RootElement.GetProperty("milestones").EnumerateArray()
            .ToDictionary(m => m.GetProperty("milestone").ValueKind == JsonValueKind.Null ? -1 : m.GetProperty("milestone").GetInt32(), m => m.GetProperty("Green").GetProperty("arr").GetDecimal());
        Assert.All(expected, value => Assert.NotNull(value));
        Assert.DoesNotContain(-1, milestones.Keys);
        Assert.Equal(100_000m, milestones.Values.Sum());
        Assert.Equal(expected.Distinct().Count(), milestones.Count);
    }

    // Found by renewals verify: a From at the end of the calendar failed unexpectedly adding months.
    [Theory]
    [InlineData(9999, 12, 31, "From is 9999-12-31; ask for a day from 1753-01-01 to 9997-12-31.")]
    [InlineData(1, 1, 1, "From is 0001-01-01; ask for a day from 1753-01-01 to 9997-12-31.")]
    public void Execute_FromOutsideTheCalendar_RefusedSayingTheRange(int year, int month, int day, string expected)
    {
        var org = SolutionOrganization.Create();

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Execute(new OrganizationRequest(GetRenewalPipelineApi.MessageName)
        {
            [GetRenewalPipelineApi.RequestFrom] = new DateTime(year, month, day),
        }));

        Assert.Equal(expected, refusal.Message);
    }

    private static Entity Milestone(Entity renewal, DateTime due, int milestone, int state = TaskStateCodeChoice.Open) =>
        new(Model.Task.EntityLogicalName, Guid.NewGuid())
        {
            [Model.Task.Subject] = "Milestone",
            [Model.Task.RegardingObjectId] = renewal.ToEntityReference(),
            [Model.Task.ScheduledEnd] = due,
            [Model.Task.Milestone] = new OptionSetValue(milestone),
            [Model.Task.StateCode] = new OptionSetValue(state),
        };

    private static Entity Renewal(DateTime termEnd, int risk, decimal arr, int state = OpportunityStateCodeChoice.Open, bool isRenewal = true) =>
        new(Opportunity.EntityLogicalName, Guid.NewGuid())
        {
            [Opportunity.Name] = "Renewal",
            [Opportunity.IsRenewal] = isRenewal,
            [Opportunity.TermEndDate] = termEnd,
            [Opportunity.RiskCategory] = new OptionSetValue(risk),
            [Opportunity.EstimatedValue] = new Money(arr),
            [Opportunity.StateCode] = new OptionSetValue(state),
        };
}
