using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Risk;

public class RiskScoreTests
{
    [Theory]
    [InlineData(0, false, false, null, 0)] // nothing known: no risk points
    [InlineData(0, false, false, 100, 0)] // perfect health adds nothing
    [InlineData(0, false, false, 0, 30)] // zero health adds the full health share
    [InlineData(0, false, false, 80, 6)] // 30 × 20 / 100
    [InlineData(1, false, false, 42, 37)] // 20 + floor(17.4)
    [InlineData(2, true, false, 42, 67)] // 40 + 10 competitive escalation + 17.4
    [InlineData(0, false, true, 75, 12)] // 5 mixed signals + 7.5, floored
    [InlineData(6, true, true, 10, 100)] // capped at 100
    public void Compute_Inputs_FollowDocumentedFormula(int flags, bool competitive, bool mixed, int? health, int expected)
    {
        Assert.Equal(expected, RiskScore.Compute(flags, competitive, mixed, health));
    }

    [Fact]
    public void Compute_NegativeFlags_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScore.Compute(-1, false, false, null));
    }

    [Fact]
    public void Evaluate_LoweringHealth_NeverLowersScore()
    {
        var previous = -1;
        for (var health = 100; health >= 0; health--)
        {
            var score = RiskEvaluator.Evaluate(new RiskSignals { HealthScore = health }, RiskPolicy.Default).Score;
            Assert.True(score >= previous, $"health {health} scored {score}, below {previous} for health {health + 1}");
            previous = score;
        }
    }

    public static TheoryData<string, Func<RiskSignals, RiskSignals>> AddOneFlag => new()
    {
        { "usage decline", s => s with { UsageChangePercent = -30m } },
        { "low adoption", s => s with { AdoptionPercent = 30m } },
        { "negative sentiment", s => s with { SupportSentiment = SupportSentiment.Negative } },
        { "weak relationship", s => s with { RelationshipStrength = RelationshipStrength.Weak } },
        { "champion left", s => s with { ChampionLeft = true } },
        { "competitive signal", s => s with { CompetitiveSignal = true } },
        { "budget signal", s => s with { BudgetSignal = true } },
        { "business change", s => s with { BusinessChange = true } },
        { "engagement drop", s => s with { EngagementDrop = true } },
    };

    [Theory]
    [MemberData(nameof(AddOneFlag))]
    public void Evaluate_AddingAFlag_RaisesScore(string flag, Func<RiskSignals, RiskSignals> add)
    {
        var bases = new[]
        {
            new RiskSignals(),
            new RiskSignals { HealthScore = 60 },
            new RiskSignals { HealthScore = 40, RelationshipStrength = RelationshipStrength.Moderate, SupportSentiment = SupportSentiment.Neutral },
        };
        foreach (var start in bases)
        {
            var before = RiskEvaluator.Evaluate(start, RiskPolicy.Default).Score;
            var after = RiskEvaluator.Evaluate(add(start), RiskPolicy.Default).Score;
            Assert.True(after > before || after == RiskScore.Maximum, $"adding {flag} to a score of {before} gave {after}");
        }
    }
}
