using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Renewals;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Saves;

/// <summary>The Custom API <c>crr_GetSaveMetrics</c> through the emulated pipeline, on rows whose figures are worked out by hand.</summary>
public sealed class GetSaveMetricsPluginTests
{
    private static readonly DateTime From = new(2026, 1, 1);
    private static readonly DateTime To = new(2026, 12, 31);

    // The book (all term ends and outcomes in 2026 unless said):
    //   Enterprise A: renewal R1 Red, plan P1 Saved (40,000 kept, cost 4,000, 20 days); next renewal (2027) won.
    //   Mid-market B: renewal R2 Red, no plan; renewal R3 Green now (it was saved), plan P2 Partially saved (10,000, cost 1,000,
    //                 10 days); next renewal (2027) lost.
    //   SMB C:        renewal R4 Red, plan P3 Lost (cost 500, 30 days); plan P4 Graceful exit logged in 2025 (outside the period).
    // At risk: R1-R4 = 4, with a plan 3 (75%). Closed in the period: P1-P3 = 3, saved 2 (66.7%). ROI 50,000 / 5,500.
    // Retention: P1's next renewal won, P2's lost = 1 of 2 (50%). Time to save over the saved plans: (20 + 10) / 2 = 15 days.
    [Fact]
    public void Execute_AllSegments_FiguresAndTheirCountsAsWorkedOut()
    {
        var org = Book();

        var response = Metrics(org, segment: null);

        Assert.Equal(4, response[GetSaveMetricsApi.ResponseAtRiskRenewals]);
        Assert.Equal(3, response[GetSaveMetricsApi.ResponseRenewalsWithSavePlan]);
        Assert.Equal(75m, response[GetSaveMetricsApi.ResponseSaveAttemptRate]);
        Assert.Equal(3, response[GetSaveMetricsApi.ResponseClosedSavePlans]);
        Assert.Equal(2, response[GetSaveMetricsApi.ResponseSuccessfulSaves]);
        Assert.Equal(200m / 3m, response[GetSaveMetricsApi.ResponseSaveSuccessRate]);
        Assert.Equal(50_000m, ((Money)response[GetSaveMetricsApi.ResponseSavedArr]).Value);
        Assert.Equal(5_500m, ((Money)response[GetSaveMetricsApi.ResponseSaveEffortCost]).Value);
        Assert.Equal(50_000m / 5_500m, response[GetSaveMetricsApi.ResponseSaveRoi]);
        Assert.Equal(2, response[GetSaveMetricsApi.ResponseNextRenewalsClosed]);
        Assert.Equal(1, response[GetSaveMetricsApi.ResponseNextRenewalsWon]);
        Assert.Equal(50m, response[GetSaveMetricsApi.ResponsePostSaveRetention]);
        Assert.Equal(15m, response[GetSaveMetricsApi.ResponseAverageTimeToSaveDays]);
        Assert.Equal("50–60% success is solid; above 70% suggests effort is going to accounts that would renew anyway.", response[GetSaveMetricsApi.ResponseBenchmark]);
        Assert.Equal("Success rate 66.7% is above the solid 50–60%.", response[GetSaveMetricsApi.ResponseSuccessAssessment]);
        Assert.Equal(2, response[GetSaveMetricsApi.ResponseQueries]); // one page each of renewals and of save plans
    }

    // Mid-market only: R2 and R3 at risk, R3 with a plan; P2 saved; its next renewal lost.
    [Fact]
    public void Execute_MidMarket_OnlyThatSegmentsRows()
    {
        var response = Metrics(Book(), segment: SegmentChoice.MidMarket);

        Assert.Equal(2, response[GetSaveMetricsApi.ResponseAtRiskRenewals]);
        Assert.Equal(1, response[GetSaveMetricsApi.ResponseRenewalsWithSavePlan]);
        Assert.Equal(1, response[GetSaveMetricsApi.ResponseClosedSavePlans]);
        Assert.Equal(100m, response[GetSaveMetricsApi.ResponseSaveSuccessRate]);
        Assert.Equal(0m, response[GetSaveMetricsApi.ResponsePostSaveRetention]);
    }

    [Fact]
    public void Execute_PeriodReversed_RefusedSayingToSwap()
    {
        var org = Book();
        var request = Request(To, From, segment: null);

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Execute(request));

        Assert.Equal("The period starts on 2026-12-31, after it ends on 2026-01-01; swap From and To.", refusal.Message);
    }

    [Fact]
    public void Execute_UnknownSegment_RefusedListingTheSegments()
    {
        var org = Book();

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Execute(Request(From, To, segment: 7)));

        Assert.StartsWith("Segment 7 is not a segment: use Enterprise (", refusal.Message, StringComparison.Ordinal);
    }

    // Past 5,000 rows the figures need further pages; counted exactly, with the queries that took.
    [Fact]
    public void Execute_MoreRenewalsThanOnePage_CountsEveryRowAndReportsThePages()
    {
        var org = Book();
        var account = Account(org, SegmentChoice.SMB);
        org.Seed(Enumerable.Range(0, 6_000).Select(i => Renewal(account, new DateTime(2026, 6, 1), RiskCategoryChoice.Red, OpportunityStateCodeChoice.Open)).ToArray());

        var response = Metrics(org, segment: null);

        Assert.Equal(6_004, response[GetSaveMetricsApi.ResponseAtRiskRenewals]);
        Assert.Equal(3, response[GetSaveMetricsApi.ResponseQueries]); // two pages of renewals, one of plans
    }

    // A plan opened before its renewal existed (no renewal on it) counts for its account's first renewal ending after it opened.
    [Fact]
    public void Execute_PlanWithoutARenewal_CountsForTheAccountsNextRenewal()
    {
        var org = Book();
        var account = Account(org, SegmentChoice.SMB);
        var renewal = Renewal(account, new DateTime(2026, 10, 31), RiskCategoryChoice.Red, OpportunityStateCodeChoice.Open);
        var plan = new Entity(SavePlan.EntityLogicalName, Guid.NewGuid())
        {
            [SavePlan.Name] = "Save plan",
            [SavePlan.Account] = account,
            [SavePlan.PlanStatus] = new OptionSetValue(SavePlanStatusChoice.Open),
            [SavePlan.CreatedOn] = new DateTime(2026, 4, 1),
        };
        org.Seed(renewal, plan);

        var response = Metrics(org, segment: null);

        Assert.Equal(5, response[GetSaveMetricsApi.ResponseAtRiskRenewals]);
        Assert.Equal(4, response[GetSaveMetricsApi.ResponseRenewalsWithSavePlan]);
    }

    private static Crm.Renewals.Emulator.OrganizationEmulator Book()
    {
        var org = Infrastructure.SolutionOrganization.Create();
        var a = Account(org, SegmentChoice.Enterprise);
        var b = Account(org, SegmentChoice.MidMarket);
        var c = Account(org, SegmentChoice.SMB);
        var r1 = Renewal(a, new DateTime(2026, 3, 31), RiskCategoryChoice.Red, OpportunityStateCodeChoice.Won);
        var r2 = Renewal(b, new DateTime(2026, 5, 31), RiskCategoryChoice.Red, OpportunityStateCodeChoice.Open);
        var r3 = Renewal(b, new DateTime(2026, 6, 30), RiskCategoryChoice.Green, OpportunityStateCodeChoice.Won);
        var r4 = Renewal(c, new DateTime(2026, 9, 30), RiskCategoryChoice.Red, OpportunityStateCodeChoice.Lost);
        org.Seed(
            r1, r2, r3, r4,
            Renewal(a, new DateTime(2027, 3, 31), RiskCategoryChoice.Green, OpportunityStateCodeChoice.Won),
            Renewal(b, new DateTime(2027, 6, 30), RiskCategoryChoice.Yellow, OpportunityStateCodeChoice.Lost),
            Plan(a, r1, SaveOutcomeChoice.Saved, new DateTime(2026, 3, 1), 40_000m, 4_000m, 20),
            Plan(b, r3, SaveOutcomeChoice.PartiallySaved, new DateTime(2026, 6, 1), 10_000m, 1_000m, 10),
            Plan(c, r4, SaveOutcomeChoice.Lost, new DateTime(2026, 9, 1), 0m, 500m, 30),
            Plan(c, null, SaveOutcomeChoice.GracefulExit, new DateTime(2025, 11, 1), 0m, 200m, 5));
        return org;
    }

    private static EntityReference Account(Crm.Renewals.Emulator.OrganizationEmulator org, int segment)
    {
        var account = new Entity(Model.Account.EntityLogicalName, Guid.NewGuid()) { [Model.Account.Name] = "Account " + segment, [Model.Account.Segment] = new OptionSetValue(segment) };
        org.Seed(account);
        return account.ToEntityReference();
    }

    private static Entity Renewal(EntityReference account, DateTime termEnd, int risk, int state) => new(Opportunity.EntityLogicalName, Guid.NewGuid())
    {
        [Opportunity.Name] = "Renewal " + termEnd.Year,
        [Opportunity.IsRenewal] = true,
        [Opportunity.ParentAccountId] = account,
        [Opportunity.TermEndDate] = termEnd,
        [Opportunity.RiskCategory] = new OptionSetValue(risk),
        [Opportunity.StateCode] = new OptionSetValue(state),
    };

    private static Entity Plan(EntityReference account, Entity? renewal, int outcome, DateTime outcomeDate, decimal saved, decimal cost, int days) =>
        new(SavePlan.EntityLogicalName, Guid.NewGuid())
        {
            [SavePlan.Name] = "Save plan",
            [SavePlan.Account] = account,
            [SavePlan.RenewalOpportunity] = renewal?.ToEntityReference(),
            [SavePlan.PlanStatus] = new OptionSetValue(SavePlanStatusChoice.Closed),
            [SavePlan.Outcome] = new OptionSetValue(outcome),
            [SavePlan.OutcomeDate] = outcomeDate,
            [SavePlan.SavedArr] = new Money(saved),
            [SavePlan.EffortCost] = new Money(cost),
            [SavePlan.TimeToSaveDays] = days,
        };

    private static ParameterCollection Metrics(Crm.Renewals.Emulator.OrganizationEmulator org, int? segment) => org.Service.Execute(Request(From, To, segment)).Results;

    private static OrganizationRequest Request(DateTime from, DateTime to, int? segment)
    {
        var request = new OrganizationRequest(GetSaveMetricsApi.MessageName) { [GetSaveMetricsApi.RequestFrom] = from, [GetSaveMetricsApi.RequestTo] = to };
        if (segment is int value)
        {
            request[GetSaveMetricsApi.RequestSegment] = new OptionSetValue(value);
        }

        return request;
    }
}
