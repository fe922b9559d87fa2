using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Risk;

public class RiskScoreTests
{
    private const int GeneratedSignals = 4000;
    private const int GeneratedPolicies = 25;

    [Theory]
    [InlineData(RiskCategory.Green, 0, false, false, null, 0)] // nothing known: the bottom of the Green band
    [InlineData(RiskCategory.Green, 0, false, false, 100, 0)] // perfect health weighs nothing
    [InlineData(RiskCategory.Green, 0, false, false, 70, 5)] // weight 9: floor(30 × 9 / 49)
    [InlineData(RiskCategory.Expansion, 0, false, false, 70, 5)] // Expansion shares the Green band
    [InlineData(RiskCategory.Yellow, 0, false, true, 100, 33)] // weight 5: 30 + floor(30 × 5 / 45)
    [InlineData(RiskCategory.Yellow, 1, false, false, 42, 44)] // weight 37.4: 30 + floor(30 × 37.4 / 77.4)
    [InlineData(RiskCategory.Yellow, 1, false, true, 35, 45)] // weight 44.5: 30 + floor(30 × 44.5 / 84.5)
    [InlineData(RiskCategory.Red, 2, false, false, null, 80)] // weight 40 fills half the Red band: 60 + floor(41 × 40 / 80)
    [InlineData(RiskCategory.Red, 0, false, false, 34, 73)] // weight 19.8: 60 + floor(41 × 19.8 / 59.8)
    [InlineData(RiskCategory.Red, 2, true, false, 42, 85)] // weight 67.4: 60 + floor(41 × 67.4 / 107.4)
    [InlineData(RiskCategory.Red, 6, true, true, 10, 92)] // weight 162: 60 + floor(41 × 162 / 202), far from 100
    public void Compute_Inputs_FollowDocumentedFormula(RiskCategory category, int flags, bool competitive, bool mixed, int? health, int expected)
    {
        Assert.Equal(expected, RiskScore.Compute(category, flags, competitive, mixed, health));
    }

    [Fact]
    public void Compute_NegativeFlags_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScore.Compute(RiskCategory.Green, -1, false, false, null));
    }

    // The review's counter-examples: a Yellow account (health 35, moderate relationship, neutral sentiment) scored 44
    // under two Red ones (40 with two flags and no health score, 39 at health 34); a Yellow account at health 100
    // scored 5, under a Green one at 70 (9).
    [Fact]
    public void Evaluate_ReviewCounterExamples_ScoreInCategoryOrder()
    {
        var mixed = new RiskSignals { HealthScore = 35, RelationshipStrength = RelationshipStrength.Moderate, SupportSentiment = SupportSentiment.Neutral };
        var twoFlags = new RiskSignals { ChampionLeft = true, BudgetSignal = true };
        var lowHealth = new RiskSignals { HealthScore = 34 };
        var yellowAtHundred = mixed with { HealthScore = 100 };
        var green = new RiskSignals { HealthScore = 70 };

        RiskAssessment[] scored = new[] { mixed, twoFlags, lowHealth, yellowAtHundred, green }.Select(s => RiskEvaluator.Evaluate(s, RiskPolicy.Default)).ToArray();

        Assert.Equal([RiskCategory.Yellow, RiskCategory.Red, RiskCategory.Red, RiskCategory.Yellow, RiskCategory.Green], scored.Select(a => a.Category));
        Assert.True(scored[1].Score > scored[0].Score && scored[2].Score > scored[0].Score, $"Red {scored[1].Score}, {scored[2].Score} vs Yellow {scored[0].Score}");
        Assert.True(scored[3].Score > scored[4].Score, $"Yellow {scored[3].Score} vs Green {scored[4].Score}");
    }

    [Fact]
    public void Evaluate_GeneratedSignalsUnderGeneratedPolicies_EveryRedAboveEveryYellowAboveEveryGreen()
    {
        var random = new Random(20261203);
        for (var p = 0; p < GeneratedPolicies; p++)
        {
            RiskPolicy policy = p == 0 ? RiskPolicy.Default : GeneratedRiskInput.Policy(random);
            var lowest = new Dictionary<int, int>();
            var highest = new Dictionary<int, int>();
            for (var i = 0; i < GeneratedSignals; i++)
            {
                RiskAssessment assessment = RiskEvaluator.Evaluate(GeneratedRiskInput.Signals(random), policy);
                int rank = Rank(assessment.Category);
                lowest[rank] = Math.Min(lowest.GetValueOrDefault(rank, int.MaxValue), assessment.Score);
                highest[rank] = Math.Max(highest.GetValueOrDefault(rank, int.MinValue), assessment.Score);
                Assert.InRange(assessment.Score, 0, RiskScore.Maximum);
            }

            foreach (int rank in highest.Keys.Where(r => lowest.ContainsKey(r + 1)))
            {
                Assert.True(highest[rank] < lowest[rank + 1], $"policy {p}: rank {rank} reaches {highest[rank]}, rank {rank + 1} starts at {lowest[rank + 1]}");
            }
        }
    }

    [Fact]
    public void Evaluate_GeneratedSignalsWithAnotherOrGraverFlag_NeverScoreLower()
    {
        var random = new Random(31122026);
        for (var p = 0; p < GeneratedPolicies; p++)
        {
            RiskPolicy policy = p == 0 ? RiskPolicy.Default : GeneratedRiskInput.Policy(random);
            for (var i = 0; i < GeneratedSignals; i++)
            {
                RiskSignals before = GeneratedRiskInput.Signals(random);
                (string change, RiskSignals after) = GeneratedRiskInput.Graver(before, random);

                int scoreBefore = RiskEvaluator.Evaluate(before, policy).Score;
                int scoreAfter = RiskEvaluator.Evaluate(after, policy).Score;

                Assert.True(scoreAfter >= scoreBefore, $"policy {p}: {change} lowered the score from {scoreBefore} to {scoreAfter} ({before})");
            }
        }
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

    private static int Rank(RiskCategory category) => category switch
    {
        RiskCategory.Red => 2,
        RiskCategory.Yellow => 1,
        _ => 0,
    };
}
