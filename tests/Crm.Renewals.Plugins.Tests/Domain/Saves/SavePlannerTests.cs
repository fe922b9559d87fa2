using Crm.Renewals.Plugins.Domain.Saves;

namespace Crm.Renewals.Plugins.Tests.Domain.Saves;

public class SavePlannerTests
{
    [Theory]
    [InlineData(AccountValue.High, SaveProbability.High, EffortLevel.Full)] // high value × high probability
    [InlineData(AccountValue.High, SaveProbability.Medium, EffortLevel.Full)] // high value × medium probability
    [InlineData(AccountValue.High, SaveProbability.Low, EffortLevel.Light)] // high value × low probability
    [InlineData(AccountValue.Medium, SaveProbability.High, EffortLevel.Standard)] // medium value × high probability
    [InlineData(AccountValue.Medium, SaveProbability.Medium, EffortLevel.Standard)] // medium value × medium probability
    [InlineData(AccountValue.Medium, SaveProbability.Low, EffortLevel.Light)] // medium value × low probability
    [InlineData(AccountValue.Low, SaveProbability.High, EffortLevel.Light)] // low value × high probability
    [InlineData(AccountValue.Low, SaveProbability.Medium, EffortLevel.Light)] // low value × medium probability
    [InlineData(AccountValue.Low, SaveProbability.Low, EffortLevel.None)] // graceful exit
    public void EffortFor_ValueAndProbability_FollowsTheTable(AccountValue value, SaveProbability probability, EffortLevel expected)
    {
        Assert.Equal(expected, SavePlanner.EffortFor(value, probability));
    }

    [Theory]
    [InlineData(50_000, false, AccountValue.High)] // exactly the high threshold
    [InlineData(49_999.99, false, AccountValue.Medium)] // a cent below the high threshold
    [InlineData(10_000, false, AccountValue.Medium)] // exactly the medium threshold
    [InlineData(9_999.99, false, AccountValue.Low)] // a cent below the medium threshold
    [InlineData(500, true, AccountValue.High)] // strategic (logo, reference, growth) whatever the ARR
    public void ValueOf_Arr_UsesThresholdsAndStrategicFlag(double arr, bool strategic, AccountValue expected)
    {
        Assert.Equal(expected, SavePlanner.ValueOf((decimal)arr, strategic, SavePolicy.Default));
    }

    [Theory]
    [InlineData(120, TimeMode.Comprehensive)] // plenty of time
    [InlineData(90, TimeMode.Comprehensive)] // ≥ 90
    [InlineData(89, TimeMode.Compressed)] // one day below comprehensive
    [InlineData(30, TimeMode.Compressed)] // 30–89
    [InlineData(29, TimeMode.Emergency)] // < 30
    [InlineData(0, TimeMode.Emergency)] // renewal day itself
    [InlineData(-5, TimeMode.Emergency)] // already overdue
    public void TimeModeFor_DaysToRenewal_FollowsSpec(int days, TimeMode expected)
    {
        Assert.Equal(expected, SavePlanner.TimeModeFor(days, SavePolicy.Default));
    }

    [Theory]
    [InlineData(50_000, false, SaveProbability.Low, true)] // ARR at the escalation threshold
    [InlineData(49_999, true, SaveProbability.High, true)] // below it but Full effort (strategic)
    [InlineData(49_999, false, SaveProbability.High, false)] // Standard effort, ARR below
    public void Assess_ExecutiveEscalation_FromArrOrFullEffort(double arr, bool strategic, SaveProbability probability, bool expected)
    {
        Assert.Equal(expected, SavePlanner.Assess((decimal)arr, strategic, probability, 60, SavePolicy.Default).ExecutiveEscalationSuggested);
    }

    [Fact]
    public void Assess_Plan_ExplainsEachDecision()
    {
        var assessment = SavePlanner.Assess(80_000m, false, SaveProbability.Medium, 45, SavePolicy.Default);

        Assert.Equal((AccountValue.High, EffortLevel.Full, TimeMode.Compressed), (assessment.Value, assessment.Effort, assessment.TimeMode));
        Assert.Equal(
            new[]
            {
                "High value: ARR 80,000 is at least 50,000",
                "Effort Full for a high-value account with medium save probability (30–90 days, executive involvement)",
                "45 days to renewal: compressed mode",
                "Executive escalation suggested: ARR 80,000 is at least 50,000",
            },
            assessment.Reasons);
    }

    [Fact]
    public void Assess_NoProbabilityYet_AssumesMediumAndSaysSo()
    {
        var assessment = SavePlanner.Assess(5_000m, false, null, 100, SavePolicy.Default);

        Assert.Equal(SaveProbability.Medium, assessment.Probability);
        Assert.Equal(EffortLevel.Light, assessment.Effort);
        Assert.Contains("Save probability not judged yet: medium assumed until the CSM sets it", assessment.Reasons);
        Assert.False(assessment.ExecutiveEscalationSuggested);
    }

    [Fact]
    public void Assess_StrategicSmallAccount_SaysItIsStrategic()
    {
        Assert.Equal("High value: the account is strategic (ARR 2,000)", SavePlanner.Assess(2_000m, true, SaveProbability.High, 100, SavePolicy.Default).Reasons[0]);
    }
}
