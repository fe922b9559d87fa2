using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Saves;

namespace Crm.Renewals.Plugins.Tests.Domain.Saves;

public class SaveMetricsCalculatorTests
{
    private static readonly DateTime From = new(2025, 1, 1);
    private static readonly DateTime To = new(2025, 3, 31);

    private static readonly AtRiskRenewalRecord[] Renewals =
    {
        new() { Segment = AccountSegment.Enterprise, TermEndDate = new DateTime(2025, 1, 1), HasSavePlan = true }, // first day of the period
        new() { Segment = AccountSegment.Enterprise, TermEndDate = new DateTime(2025, 2, 1), HasSavePlan = true },
        new() { Segment = AccountSegment.Smb, TermEndDate = new DateTime(2025, 3, 31), HasSavePlan = false }, // last day of the period
        new() { Segment = AccountSegment.Smb, TermEndDate = new DateTime(2025, 4, 1), HasSavePlan = true }, // outside: not counted
    };

    private static readonly ClosedSavePlanRecord[] Plans =
    {
        new() { Segment = AccountSegment.Enterprise, Outcome = SaveOutcome.Saved, OutcomeDate = new DateTime(2025, 1, 20), SavedArr = 80_000m, EffortCost = 5_000m, TimeToSaveDays = 30, NextRenewal = NextRenewalResult.Won },
        new() { Segment = AccountSegment.Enterprise, Outcome = SaveOutcome.PartiallySaved, OutcomeDate = new DateTime(2025, 2, 20), SavedArr = 20_000m, EffortCost = 3_000m, TimeToSaveDays = 45, NextRenewal = NextRenewalResult.Lost },
        new() { Segment = AccountSegment.Enterprise, Outcome = SaveOutcome.Lost, OutcomeDate = new DateTime(2025, 3, 1), SavedArr = 0m, EffortCost = 2_000m, TimeToSaveDays = 60 },
        new() { Segment = AccountSegment.Smb, Outcome = SaveOutcome.Saved, OutcomeDate = new DateTime(2025, 3, 10), SavedArr = 5_000m, EffortCost = 0m, TimeToSaveDays = 12, NextRenewal = NextRenewalResult.Open },
        new() { Segment = null, Outcome = SaveOutcome.GracefulExit, OutcomeDate = new DateTime(2025, 3, 15), SavedArr = 0m, EffortCost = 1_000m, TimeToSaveDays = 5 }, // segment unknown: overall only
        new() { Segment = AccountSegment.Smb, Outcome = SaveOutcome.Saved, OutcomeDate = new DateTime(2024, 12, 31), SavedArr = 9_000m, EffortCost = 100m, TimeToSaveDays = 3 }, // before the period
    };

    [Fact]
    public void Calculate_Overall_ComputesTheFiveMetrics()
    {
        var report = SaveMetricsCalculator.Calculate(Renewals, Plans, From, To, null, SavePolicy.Default);
        var overall = report.Overall;

        Assert.Null(overall.Segment);
        Assert.Equal("66.7%", overall.AttemptRate.Display); // 2 of 3 at-risk renewals had a plan
        Assert.Equal("60%", overall.SuccessRate.Display); // 3 saved or partially of 5 closed
        Assert.Equal("9.5x", overall.ReturnOnInvestment.Display); // 105,000 ÷ 11,000 = 9.545…
        Assert.Equal("50%", overall.PostSaveRetention.Display); // 1 won of 2 closed next renewals (the open one is not counted)
        Assert.Equal("29 days", overall.AverageTimeToSave.Display); // (30 + 45 + 12) ÷ 3 saved
        Assert.Equal((3m, 5m), (overall.SuccessRate.Numerator, overall.SuccessRate.Denominator));
        Assert.Equal(60m, overall.SuccessRate.Value);
    }

    [Fact]
    public void Calculate_PerSegment_SplitsTheFigures()
    {
        var report = SaveMetricsCalculator.Calculate(Renewals, Plans, From, To, null, SavePolicy.Default);

        Assert.Equal(new AccountSegment?[] { AccountSegment.Enterprise, AccountSegment.MidMarket, AccountSegment.Smb }, report.BySegment.Select(m => m.Segment));
        var enterprise = report.BySegment[0];
        Assert.Equal("100%", enterprise.AttemptRate.Display);
        Assert.Equal("66.7%", enterprise.SuccessRate.Display);
        Assert.Equal("10x", enterprise.ReturnOnInvestment.Display);
        var midMarket = report.BySegment[1];
        Assert.Equal(MetricValue.NotAvailable, midMarket.AttemptRate.Display); // no data: n/a, not a division error
        Assert.Null(midMarket.SuccessRate.Value);
        var smb = report.BySegment[2];
        Assert.Equal("0%", smb.AttemptRate.Display);
        Assert.Equal(MetricValue.NotAvailable, smb.ReturnOnInvestment.Display); // saved ARR but no cost recorded
        Assert.Equal(MetricValue.NotAvailable, smb.PostSaveRetention.Display); // the next renewal is still open
    }

    [Fact]
    public void Calculate_SegmentFilter_ReportsOnlyThatSegment()
    {
        var report = SaveMetricsCalculator.Calculate(Renewals, Plans, From, To, AccountSegment.Enterprise, SavePolicy.Default);

        Assert.Equal(AccountSegment.Enterprise, report.Overall.Segment);
        Assert.Equal("66.7%", report.Overall.SuccessRate.Display);
        Assert.Equal(AccountSegment.Enterprise, Assert.Single(report.BySegment).Segment);
    }

    [Fact]
    public void Calculate_NoData_GivesNotAvailableEverywhere()
    {
        var report = SaveMetricsCalculator.Calculate(Array.Empty<AtRiskRenewalRecord>(), Array.Empty<ClosedSavePlanRecord>(), From, To, null, SavePolicy.Default);

        Assert.All(
            new[] { report.Overall.AttemptRate, report.Overall.SuccessRate, report.Overall.ReturnOnInvestment, report.Overall.PostSaveRetention, report.Overall.AverageTimeToSave },
            m => Assert.Equal("n/a", m.Display));
        Assert.Equal("No save plans closed in the period, so there is no success rate yet.", report.SuccessAssessment);
    }

    [Fact]
    public void Calculate_Report_CarriesPeriodAndBenchmark()
    {
        var report = SaveMetricsCalculator.Calculate(Renewals, Plans, From.AddHours(8), To.AddHours(8), null, SavePolicy.Default);

        Assert.Equal((From, To), (report.From, report.To));
        Assert.Equal("50–60% success is solid; above 70% suggests effort is going to accounts that would renew anyway.", report.Benchmark);
        Assert.Equal("Success rate 60% is within the solid 50–60%.", report.SuccessAssessment);
    }

    [Theory]
    [InlineData(4, 10, "Success rate 40% is below the solid 50–60%.")] // under the solid band
    [InlineData(5, 10, "Success rate 50% is within the solid 50–60%.")] // lower end included
    [InlineData(13, 20, "Success rate 65% is above the solid 50–60%.")] // between the solid band and over-investment
    [InlineData(7, 10, "Success rate 70% is above the solid 50–60%.")] // exactly 70 % is not over-investment
    [InlineData(71, 100, "Success rate 71% is above 70%: save effort may be going to accounts that would renew anyway.")] // over-investment signal
    public void Assess_SuccessRate_AgainstBenchmark(int saved, int closed, string expected)
    {
        Assert.Equal(expected, SaveMetricsCalculator.Assess(MetricValue.Percent(saved, closed), SavePolicy.Default));
    }

    [Theory]
    [InlineData(null, "2025-01-31", "Give both ends of the period (From and To).")] // an open-ended period
    [InlineData("2025-02-01", "2025-01-31", "The period starts on 2025-02-01, after it ends on 2025-01-31; swap From and To.")] // ends swapped
    [InlineData("2025-01-31", "2025-01-31", null)] // a one-day period
    public void ValidatePeriod_Ends_MustBeOrdered(string? from, string? to, string? expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(expected, SaveMetricsCalculator.ValidatePeriod(from is null ? null : DateTime.Parse(from, culture), to is null ? null : DateTime.Parse(to, culture)));
    }

    [Fact]
    public void Calculate_ReversedPeriod_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SaveMetricsCalculator.Calculate(Renewals, Plans, To, From, null, SavePolicy.Default));
    }
}
