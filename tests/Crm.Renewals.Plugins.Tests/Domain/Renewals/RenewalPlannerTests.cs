using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Tasks;
using static Crm.Renewals.Plugins.Tests.Domain.Renewals.RenewalTestData;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class RenewalPlannerTests
{
    [Theory]
    [InlineData(AccountSegment.MidMarket, RiskCategory.Green, 121, RenewalDecisionOutcome.NotDue)] // T-121: one day early
    [InlineData(AccountSegment.MidMarket, RiskCategory.Green, 120, RenewalDecisionOutcome.Due)] // exactly T-120
    [InlineData(AccountSegment.MidMarket, RiskCategory.Green, 119, RenewalDecisionOutcome.Due)] // T-119: a missed day still generates
    [InlineData(AccountSegment.Smb, RiskCategory.Yellow, 121, RenewalDecisionOutcome.NotDue)] // SMB default 120
    [InlineData(AccountSegment.Smb, RiskCategory.Yellow, 120, RenewalDecisionOutcome.Due)] // SMB at exactly T-120
    [InlineData(AccountSegment.Enterprise, RiskCategory.Green, 151, RenewalDecisionOutcome.NotDue)] // enterprise 150
    [InlineData(AccountSegment.Enterprise, RiskCategory.Green, 150, RenewalDecisionOutcome.Due)] // enterprise at exactly T-150
    [InlineData(AccountSegment.MidMarket, RiskCategory.Red, 181, RenewalDecisionOutcome.NotDue)] // Red pulls forward to 180
    [InlineData(AccountSegment.MidMarket, RiskCategory.Red, 180, RenewalDecisionOutcome.Due)] // Red at exactly T-180
    [InlineData(AccountSegment.MidMarket, RiskCategory.Red, 170, RenewalDecisionOutcome.Due)] // Red at T-170
    [InlineData(AccountSegment.Enterprise, RiskCategory.Red, 175, RenewalDecisionOutcome.Due)] // Red beats enterprise's 150
    [InlineData(AccountSegment.MidMarket, RiskCategory.Expansion, 121, RenewalDecisionOutcome.NotDue)] // only Red changes the lead time
    public void Decide_DaysBeforeEnd_IsDueFromLeadTime(AccountSegment segment, RiskCategory category, int daysBeforeEnd, RenewalDecisionOutcome expected)
    {
        var decision = RenewalPlanner.Decide(Contract, Account with { Segment = segment, Category = category }, DaysBeforeEnd(daysBeforeEnd), RenewalPolicy.Default);

        Assert.Equal(expected, decision.Outcome);
    }

    [Fact]
    public void Decide_AtT121_SaysWhenItWillBeDue()
    {
        var decision = RenewalPlanner.Decide(Contract, Account, DaysBeforeEnd(121), RenewalPolicy.Default);

        Assert.Equal(new DateTime(2025, 6, 2), decision.DueDate);
        Assert.Null(decision.Plan);
        Assert.Equal("Not due yet: the renewal is generated on 2025-06-02 (T-120 for Mid-Market).", decision.Message);
    }

    [Fact]
    public void Decide_AtT120_PlansEveryMilestoneFirstDueToday()
    {
        var today = DaysBeforeEnd(120);

        var plan = RenewalPlanner.Decide(Contract, Account, today, RenewalPolicy.Default).Plan!;

        Assert.Equal(
            new[]
            {
                "T-120: Internal readiness review", "T-90: Renewal kickoff", "T-60: Customer engagement", "T-45: Proposal",
                "T-30: Proposal presentation & negotiation", "T-14: Final negotiation & contract", "T-7: Final push", "T-0: Renewal day",
            },
            plan.Tasks.Select(t => t.Subject));
        Assert.Equal(new[] { 120, 90, 60, 45, 30, 14, 7, 0 }, plan.Tasks.Select(t => (End - t.DueDate).Days));
        Assert.Equal(today, plan.Tasks[0].DueDate);
        Assert.False(plan.IsLateStart);
        Assert.StartsWith("Account review, health verification, value documentation, stakeholder map", plan.Tasks[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AtT119_SkipsThePassedMilestoneAndAddsLateStart()
    {
        var today = DaysBeforeEnd(119);

        var plan = RenewalPlanner.Decide(Contract, Account, today, RenewalPolicy.Default).Plan!;

        Assert.True(plan.IsLateStart);
        Assert.Equal(TaskMilestone.LateStart, plan.Tasks[0].Milestone);
        Assert.Equal(today, plan.Tasks[0].DueDate);
        Assert.Equal(7, plan.Tasks.Count(t => t.Milestone != TaskMilestone.LateStart));
        Assert.DoesNotContain(plan.Tasks, t => t.Milestone == TaskMilestone.ReadinessReview);
    }

    [Fact]
    public void Decide_ContractCreatedAtT40_GetsOnlyMilestonesAheadPlusLateStart()
    {
        var today = DaysBeforeEnd(40);

        var plan = RenewalPlanner.Decide(Contract, Account, today, RenewalPolicy.Default).Plan!;

        Assert.Equal(
            new[] { TaskMilestone.LateStart, TaskMilestone.ProposalPresentation, TaskMilestone.FinalNegotiation, TaskMilestone.FinalPush, TaskMilestone.RenewalDay },
            plan.Tasks.Select(t => t.Milestone));
        Assert.All(plan.Tasks, t => Assert.True(t.DueDate >= today, t.Subject + " is due in the past"));
        Assert.Equal("Late start: renewal generated at T-40", plan.Tasks[0].Subject);
        Assert.Contains(
            "generated 40 days before the contract ends, after these milestones had passed: Internal readiness review (T-120), Renewal kickoff (T-90), "
                + "Customer engagement (T-60) and Proposal (T-45).",
            plan.Tasks[0].Description,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_RedAtT170_AddsImmediateReviewAndEveryMilestone()
    {
        var today = DaysBeforeEnd(170);

        var decision = RenewalPlanner.Decide(Contract, Account with { Category = RiskCategory.Red }, today, PolicyWithSales);
        var plan = decision.Plan!;

        Assert.Equal(180, plan.LeadTimeDays);
        Assert.Equal(DaysBeforeEnd(180), plan.DueDate);
        Assert.Equal(RenewalTaskPlanner.RedAccountReviewSubject, plan.Tasks[0].Subject);
        Assert.Equal(today, plan.Tasks[0].DueDate);
        Assert.Equal(9, plan.Tasks.Count); // the review + all eight milestones, which all lie ahead
        Assert.False(plan.IsLateStart);
        Assert.Equal(RenewalStrategy.SaveMode, plan.Strategy);
        Assert.Equal(RiskCategory.Red, plan.Category);
        Assert.Equal("Due since 2025-04-03 (T-180 for a Red account): renew the term ending 2025-09-30.", decision.Message);
    }

    [Fact]
    public void Decide_EnterpriseAtT150_StartsMilestonesAtT120WithoutLateStart()
    {
        var plan = RenewalPlanner.Decide(Contract, Account with { Segment = AccountSegment.Enterprise }, DaysBeforeEnd(150), RenewalPolicy.Default).Plan!;

        Assert.Equal(8, plan.Tasks.Count);
        Assert.Equal(DaysBeforeEnd(120), plan.Tasks[0].DueDate);
        Assert.False(plan.IsLateStart);
    }

    [Fact]
    public void Decide_OnTheEndDate_PlansRenewalDayAndLateStartToday()
    {
        var plan = RenewalPlanner.Decide(Contract, Account, End, RenewalPolicy.Default).Plan!;

        Assert.Equal(new[] { TaskMilestone.LateStart, TaskMilestone.RenewalDay }, plan.Tasks.Select(t => t.Milestone));
        Assert.All(plan.Tasks, t => Assert.Equal(End, t.DueDate));
    }

    // Defect 9 of the review: the contract trigger renewed a term already over (close date in the past) while the
    // sweep skipped it. One rule for every trigger: a term that ended before today gets no renewal.
    [Fact]
    public void Decide_AfterTheEndDate_IsEndedWithoutAPlan()
    {
        var decision = RenewalPlanner.Decide(Contract, Account with { Category = RiskCategory.Red }, End.AddDays(1), RenewalPolicy.Default);

        Assert.Equal(RenewalDecisionOutcome.Ended, decision.Outcome);
        Assert.Null(decision.Plan);
        Assert.StartsWith("The contract's term ended on 2025-09-30, before today", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Due_FillsTheOpportunityFromTheContract()
    {
        var contract = Contract with { EndDate = new DateTime(2025, 9, 30, 13, 45, 0) };

        var plan = RenewalPlanner.Decide(contract, Account, DaysBeforeEnd(100), RenewalPolicy.Default).Plan!;

        Assert.Equal(End, plan.TermEndDate); // the "one renewal per term" key is the date, whatever the time of day
        Assert.Equal(End, plan.EstimatedCloseDate);
        Assert.Equal(50_000m, plan.EstimatedRevenue); // flat renewal by default
        Assert.Equal(RenewalStrategy.StreamlinedConfirmation, plan.Strategy);
        Assert.Equal("Renewal for the term ending 2025-09-30", plan.Topic);
    }

    [Theory]
    [InlineData(50_000, 0, 50_000)] // flat
    [InlineData(50_000, 3, 51_500)] // market-standard uplift
    [InlineData(12_345.67, 10, 13_580.24)] // 13,580.237 rounded to cents
    [InlineData(0, 10, 0)] // zero ARR stays zero
    public void Decide_Uplift_MultipliesArr(double arr, double uplift, double expected)
    {
        var plan = RenewalPlanner.Decide(Contract with { Arr = (decimal)arr }, Account, DaysBeforeEnd(100), RenewalPolicy.Default with { UpliftPercent = (decimal)uplift }).Plan!;

        Assert.Equal((decimal)expected, plan.EstimatedRevenue);
    }

    [Theory]
    [InlineData(RiskCategory.Green, RenewalStrategy.StreamlinedConfirmation)] // healthy
    [InlineData(RiskCategory.Expansion, RenewalStrategy.ExpansionFocus)] // growth
    [InlineData(RiskCategory.Yellow, RenewalStrategy.ValueReinforcement)] // moderate risk
    [InlineData(RiskCategory.Red, RenewalStrategy.SaveMode)] // high risk
    [InlineData(null, RenewalStrategy.ValueReinforcement)] // never evaluated: the cautious default
    public void StrategyFor_Category_FollowsSpec(RiskCategory? category, RenewalStrategy expected)
    {
        Assert.Equal(expected, RenewalPlanner.StrategyFor(category));
    }

    [Fact]
    public void Decide_SameInputsTwice_GivesTheSamePlan()
    {
        var first = RenewalPlanner.Decide(Contract, Account, DaysBeforeEnd(100), RenewalPolicy.Default).Plan!;
        var second = RenewalPlanner.Decide(Contract, Account, DaysBeforeEnd(100), RenewalPolicy.Default).Plan!;

        Assert.Equal(first.TermEndDate, second.TermEndDate);
        Assert.Equal(first.Tasks.Select(t => (t.Subject, t.DueDate)), second.Tasks.Select(t => (t.Subject, t.DueDate)));
    }

    [Theory]
    [InlineData("no end date", RenewalField.EndDate, "The contract has no end date; enter the date its current term ends.")] // end date missing
    [InlineData("end before start", RenewalField.EndDate, "The contract ends on 2025-09-30, before it starts on 2025-10-01; correct the start or end date.")] // ends before it starts
    [InlineData("no ARR", RenewalField.Arr, "The contract has no ARR; enter its annual recurring revenue (0 is allowed).")] // ARR missing
    [InlineData("negative ARR", RenewalField.Arr, "The contract's ARR cannot be negative; it is -1.")] // ARR below zero
    [InlineData("no status", RenewalField.Status, "The contract has no status; set it to Active to renew it.")] // status missing
    [InlineData("unknown segment", RenewalField.Segment, "The account has no known segment; set Enterprise, Mid-Market or SMB so the renewal lead time is known.")] // segment missing
    [InlineData("undefined segment value", RenewalField.Segment, "The account has no known segment; set Enterprise, Mid-Market or SMB so the renewal lead time is known.")] // an option value the domain does not know
    [InlineData("no account owner", RenewalField.AccountOwner, "The account has no owner; assign its CSM as owner.")] // account without owner
    public void Decide_BadData_IsRefusedSayingWhatToFix(string defect, RenewalField field, string expected)
    {
        var contract = defect switch
        {
            "no end date" => Contract with { EndDate = null },
            "end before start" => Contract with { StartDate = End.AddDays(1) },
            "no ARR" => Contract with { Arr = null },
            "negative ARR" => Contract with { Arr = -1m },
            "no status" => Contract with { Status = null },
            _ => Contract,
        };
        var account = defect switch
        {
            "unknown segment" => Account with { Segment = null },
            "undefined segment value" => Account with { Segment = (AccountSegment)42 },
            "no account owner" => Account with { Owner = null },
            _ => Account,
        };

        var decision = RenewalPlanner.Decide(contract, account, DaysBeforeEnd(100), RenewalPolicy.Default);

        Assert.Equal(RenewalDecisionOutcome.Refused, decision.Outcome);
        var problem = Assert.Single(decision.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Equal(expected, problem.Message);
        Assert.Equal(expected, decision.Message);
        Assert.Null(decision.Plan);
    }

    [Fact]
    public void Decide_SeveralDefects_ListsEveryOne()
    {
        var decision = RenewalPlanner.Decide(Contract with { EndDate = null, Arr = -5m }, Account with { Segment = null }, End, RenewalPolicy.Default);

        Assert.Equal(new[] { RenewalField.EndDate, RenewalField.Arr, RenewalField.Segment }, decision.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(ContractStatus.Churned)] // the customer left
    [InlineData(ContractStatus.Renewed)] // replaced by a new contract record
    public void Decide_InactiveContract_IsNotRenewed(ContractStatus status)
    {
        var decision = RenewalPlanner.Decide(Contract with { Status = status, Arr = null }, Account, DaysBeforeEnd(100), RenewalPolicy.Default);

        Assert.Equal(RenewalDecisionOutcome.Inactive, decision.Outcome);
        Assert.Equal("The contract is " + status + "; only active contracts are renewed.", decision.Message);
        Assert.Empty(decision.Problems);
    }
}
