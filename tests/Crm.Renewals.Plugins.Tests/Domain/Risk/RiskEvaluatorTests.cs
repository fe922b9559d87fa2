using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Risk;

public class RiskEvaluatorTests
{
    private static readonly RiskSignals Healthy = new()
    {
        HealthScore = 80,
        UsageTrend = UsageTrend.Stable,
        UsageChangePercent = 0m,
        AdoptionPercent = 80m,
        SupportSentiment = SupportSentiment.Positive,
        NetPromoterScore = 40,
        RelationshipStrength = RelationshipStrength.Moderate,
        ChampionLeft = false,
        CompetitiveSignal = false,
        BudgetSignal = false,
        BusinessChange = false,
        EngagementDrop = false,
    };

    public static TheoryData<string, RiskSignals, RiskCategory> CategoryCases => new()
    {
        { "every signal unknown: unknown is never a flag", new RiskSignals(), RiskCategory.Green },
        { "healthy signals", Healthy, RiskCategory.Green },
        { "health exactly 70 is green", Healthy with { HealthScore = 70 }, RiskCategory.Green },
        { "health 69 is the top of the 50–69 yellow band", Healthy with { HealthScore = 69 }, RiskCategory.Yellow },
        { "health exactly 50 is yellow but not a flag", Healthy with { HealthScore = 50 }, RiskCategory.Yellow },
        { "health 49 is a single red flag: yellow", Healthy with { HealthScore = 49 }, RiskCategory.Yellow },
        { "health exactly 35 is still only one flag", Healthy with { HealthScore = 35 }, RiskCategory.Yellow },
        { "health 34 is red on its own", Healthy with { HealthScore = 34 }, RiskCategory.Red },
        { "usage change exactly -20% is a flag", Healthy with { UsageChangePercent = -20m }, RiskCategory.Yellow },
        { "usage change -19.99% is not a flag", Healthy with { UsageChangePercent = -19.99m }, RiskCategory.Green },
        { "usage change -19% is not a flag", Healthy with { UsageChangePercent = -19m }, RiskCategory.Green },
        { "usage change -40% (the spec's Q2 drop) is a flag", Healthy with { UsageChangePercent = -40m, UsageTrend = UsageTrend.Declining }, RiskCategory.Yellow },
        { "declining trend without a big drop is not a flag", Healthy with { UsageTrend = UsageTrend.Declining, UsageChangePercent = -5m }, RiskCategory.Green },
        { "adoption exactly 50% is not a flag", Healthy with { AdoptionPercent = 50m }, RiskCategory.Green },
        { "adoption 49.9% is a flag", Healthy with { AdoptionPercent = 49.9m }, RiskCategory.Yellow },
        { "adoption 49% is a flag", Healthy with { AdoptionPercent = 49m }, RiskCategory.Yellow },
        { "usage drop and low adoption are two flags", Healthy with { UsageChangePercent = -20m, AdoptionPercent = 49m }, RiskCategory.Red },
        { "NPS exactly 0 is not a flag", Healthy with { NetPromoterScore = 0 }, RiskCategory.Green },
        { "NPS -1 is a flag", Healthy with { NetPromoterScore = -1 }, RiskCategory.Yellow },
        { "negative sentiment and negative NPS are one row, one flag", Healthy with { SupportSentiment = SupportSentiment.Negative, NetPromoterScore = -30 }, RiskCategory.Yellow },
        { "weak relationship is a flag", Healthy with { RelationshipStrength = RelationshipStrength.Weak }, RiskCategory.Yellow },
        { "champion left alone: one flag may be noise", Healthy with { ChampionLeft = true }, RiskCategory.Yellow },
        { "competitive signal alone is one flag", Healthy with { CompetitiveSignal = true }, RiskCategory.Yellow },
        { "competitive signal with any other flag is red", Healthy with { CompetitiveSignal = true, EngagementDrop = true }, RiskCategory.Red },
        { "competitive signal with a low-adoption flag is red", Healthy with { CompetitiveSignal = true, AdoptionPercent = 30m }, RiskCategory.Red },
        { "two flags without competition are red", Healthy with { BudgetSignal = true, BusinessChange = true }, RiskCategory.Red },
        { "low health plus champion left are two flags", Healthy with { HealthScore = 42, ChampionLeft = true }, RiskCategory.Red },
        { "moderate relationship with neutral sentiment: mixed signals", Healthy with { SupportSentiment = SupportSentiment.Neutral }, RiskCategory.Yellow },
        { "strong relationship with a growth signal", Healthy with { RelationshipStrength = RelationshipStrength.Strong, NearTierLimit = true }, RiskCategory.Expansion },
        { "growth with unknown health is still expansion", new RiskSignals { RelationshipStrength = RelationshipStrength.Strong, WhitespaceIdentified = true }, RiskCategory.Expansion },
        { "growth without a strong relationship stays green", Healthy with { WhitespaceIdentified = true }, RiskCategory.Green },
        { "strong relationship without growth stays green", Healthy with { RelationshipStrength = RelationshipStrength.Strong }, RiskCategory.Green },
        { "growth with a weak relationship is a red flag, not expansion", Healthy with { RelationshipStrength = RelationshipStrength.Weak, NearTierLimit = true }, RiskCategory.Yellow },
        { "every growth signal with a moderate relationship stays green", Healthy with { WhitespaceIdentified = true, GrowthNeedStated = true, NearTierLimit = true }, RiskCategory.Green },
        { "growth signals set to false are no growth", Healthy with { RelationshipStrength = RelationshipStrength.Strong, WhitespaceIdentified = false, GrowthNeedStated = false, NearTierLimit = false }, RiskCategory.Green },
        { "growth does not lift a yellow account", Healthy with { RelationshipStrength = RelationshipStrength.Strong, GrowthNeedStated = true, HealthScore = 60 }, RiskCategory.Yellow },
        { "growth does not hide a red account", Healthy with { RelationshipStrength = RelationshipStrength.Strong, GrowthNeedStated = true, HealthScore = 20 }, RiskCategory.Red },
    };

    [Theory]
    [MemberData(nameof(CategoryCases))]
    public void Evaluate_Signals_GivesSpecCategory(string why, RiskSignals signals, RiskCategory expected)
    {
        Assert.True(expected == RiskEvaluator.Evaluate(signals, RiskPolicy.Default).Category, why);
    }

    [Fact]
    public void Evaluate_RaisedRedThreshold_KeepsTwoFlagsYellowNotGreen()
    {
        var policy = RiskPolicy.Default with { RedFlagsForRed = 3 };

        Assert.Equal(RiskCategory.Yellow, RiskEvaluator.Evaluate(Healthy with { BudgetSignal = true, BusinessChange = true }, policy).Category);
        Assert.Equal(RiskCategory.Red, RiskEvaluator.Evaluate(Healthy with { BudgetSignal = true, BusinessChange = true, EngagementDrop = true }, policy).Category);
    }

    [Fact]
    public void Evaluate_RedAccount_ListsFlagsInSignalTableOrder()
    {
        var signals = Healthy with { CompetitiveSignal = true, ChampionLeft = true, HealthScore = 42 };

        var assessment = RiskEvaluator.Evaluate(signals, RiskPolicy.Default);

        Assert.Equal(RiskCategory.Red, assessment.Category);
        Assert.Equal(new[] { "Health score 42 is below 50", "Champion or decision maker left", "Competitive signal with 2 other red flags" }, assessment.Reasons);
        Assert.Equal(new[] { RiskFlag.LowHealthScore, RiskFlag.ChampionLeft, RiskFlag.Competitive }, assessment.Flags);
        Assert.Equal("Health score 42 is below 50\nChampion or decision maker left\nCompetitive signal with 2 other red flags", assessment.ReasonsText);
    }

    [Fact]
    public void Evaluate_CompetitiveWithOneOtherFlag_SaysSoInSingular()
    {
        var assessment = RiskEvaluator.Evaluate(Healthy with { CompetitiveSignal = true, BudgetSignal = true }, RiskPolicy.Default);

        Assert.Equal(new[] { "Competitive signal with 1 other red flag", "Budget signal (cost cutting or vendor review)" }, assessment.Reasons);
    }

    [Theory]
    [InlineData(30, "Health score 30 is below 35")] // the red rule's threshold is named
    [InlineData(42, "Health score 42 is below 50")] // a red flag's threshold
    [InlineData(60, "Health score 60 is below 70")] // a warning, not a flag
    public void Evaluate_HealthScore_NamesTheThresholdThatApplies(int health, string expected)
    {
        Assert.Equal(expected, RiskEvaluator.Evaluate(new RiskSignals { HealthScore = health }, RiskPolicy.Default).Reasons[0]);
    }

    [Fact]
    public void Evaluate_EveryFlag_HasPlainWordReason()
    {
        var signals = new RiskSignals
        {
            UsageChangePercent = -40m,
            AdoptionPercent = 45m,
            SupportSentiment = SupportSentiment.Negative,
            NetPromoterScore = -10,
            RelationshipStrength = RelationshipStrength.Weak,
            BusinessChange = true,
            EngagementDrop = true,
        };

        Assert.Equal(
            new[]
            {
                "Usage change -40% is at or below -20%",
                "Adoption 45% is below 50%",
                "Support sentiment is negative and NPS -10 is below 0",
                "Relationship is weak",
                "Business change (layoffs, M&A or strategic pivot)",
                "Engagement dropped (skipped QBRs or declined trainings)",
            },
            RiskEvaluator.Evaluate(signals, RiskPolicy.Default).Reasons);
    }

    [Fact]
    public void Evaluate_GreenAndExpansion_SayWhyTheyAreHealthy()
    {
        Assert.Equal(new[] { "No red flags", "Health score 80 is at or above 70" }, RiskEvaluator.Evaluate(Healthy, RiskPolicy.Default).Reasons);
        Assert.Equal(
            new[] { "No red flags", "Relationship is strong", "Growth signals: whitespace identified and usage near tier limits" },
            RiskEvaluator.Evaluate(new RiskSignals { RelationshipStrength = RelationshipStrength.Strong, WhitespaceIdentified = true, NearTierLimit = true }, RiskPolicy.Default).Reasons);
    }

    [Fact]
    public void Evaluate_RaisedHealthThresholds_MoveTheBoundaries()
    {
        var policy = RiskPolicy.Default with { HealthScoreRedBelow = 40, HealthScoreRedFlagBelow = 60, HealthScoreGreenFrom = 80 };

        Assert.Equal(RiskCategory.Red, RiskEvaluator.Evaluate(Healthy with { HealthScore = 39 }, policy).Category);
        Assert.Equal(RiskCategory.Yellow, RiskEvaluator.Evaluate(Healthy with { HealthScore = 40 }, policy).Category);
        Assert.Equal(RiskCategory.Yellow, RiskEvaluator.Evaluate(Healthy with { HealthScore = 79 }, policy).Category);
        Assert.Equal(RiskCategory.Green, RiskEvaluator.Evaluate(Healthy with { HealthScore = 80 }, policy).Category);
        Assert.Equal(new[] { RiskFlag.LowHealthScore }, RiskEvaluator.Evaluate(Healthy with { HealthScore = 59 }, policy).Flags);
    }

    [Fact]
    public void Evaluate_MixedSignals_ExplainsThem()
    {
        var assessment = RiskEvaluator.Evaluate(Healthy with { SupportSentiment = SupportSentiment.Neutral }, RiskPolicy.Default);

        Assert.Equal(new[] { "Mixed signals: moderate relationship with neutral support sentiment" }, assessment.Reasons);
    }

    [Fact]
    public void Evaluate_SameSignalsTwice_GivesIdenticalResult()
    {
        var signals = Healthy with { HealthScore = 45, BudgetSignal = true, EngagementDrop = true };

        var first = RiskEvaluator.Evaluate(signals, RiskPolicy.Default);
        var second = RiskEvaluator.Evaluate(signals, RiskPolicy.Default);

        Assert.Equal(first.Reasons, second.Reasons);
        Assert.Equal(first.Score, second.Score);
    }

    [Fact]
    public void Evaluate_InvalidSignals_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => RiskEvaluator.Evaluate(new RiskSignals { HealthScore = 101 }, RiskPolicy.Default));

        Assert.Contains("Health score must be from 0 to 100; it is 101.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RiskSignal.HealthScore, "Health score must be from 0 to 100; it is 101.")] // above 100
    [InlineData(RiskSignal.AdoptionPercent, "Adoption must be from 0% to 100% of licensed seats; it is -1%.")] // below 0 %
    [InlineData(RiskSignal.NetPromoterScore, "NPS must be from -100 to 100; it is 101.")] // above 100
    [InlineData(RiskSignal.UsageChangePercent, "Usage change must be -100% or more (usage cannot drop by more than all of it); it is -100.5%.")] // a drop of more than everything
    public void Validate_OutOfRange_NamesSignalAndRange(RiskSignal signal, string expected)
    {
        var signals = signal switch
        {
            RiskSignal.HealthScore => new RiskSignals { HealthScore = 101 },
            RiskSignal.AdoptionPercent => new RiskSignals { AdoptionPercent = -1m },
            RiskSignal.NetPromoterScore => new RiskSignals { NetPromoterScore = 101 },
            _ => new RiskSignals { UsageChangePercent = -100.5m },
        };

        var problem = Assert.Single(RiskEvaluator.Validate(signals));

        Assert.Equal(signal, problem.Field);
        Assert.Equal(expected, problem.Message);
    }

    public static TheoryData<string, RiskSignals, RiskSignal> JustOutside => new()
    {
        { "health one below the scale", new RiskSignals { HealthScore = -1 }, RiskSignal.HealthScore },
        { "adoption a hundredth above all seats", new RiskSignals { AdoptionPercent = 100.01m }, RiskSignal.AdoptionPercent },
        { "NPS one below the scale", new RiskSignals { NetPromoterScore = -101 }, RiskSignal.NetPromoterScore },
        { "usage a hundredth beyond losing everything", new RiskSignals { UsageChangePercent = -100.01m }, RiskSignal.UsageChangePercent },
    };

    [Theory]
    [MemberData(nameof(JustOutside))]
    public void Validate_JustOutsideTheRange_IsRefused(string why, RiskSignals signals, RiskSignal expected)
    {
        Assert.True(expected == Assert.Single(RiskEvaluator.Validate(signals)).Field, why);
    }

    [Fact]
    public void Validate_RangeEnds_AreAccepted()
    {
        Assert.Empty(RiskEvaluator.Validate(new RiskSignals { HealthScore = 0, AdoptionPercent = 100m, NetPromoterScore = -100, UsageChangePercent = -100m }));
        Assert.Empty(RiskEvaluator.Validate(new RiskSignals { HealthScore = 100, AdoptionPercent = 0m, NetPromoterScore = 100, UsageChangePercent = 500m }));
    }

    [Fact]
    public void Validate_SeveralOutOfRange_ListsEach()
    {
        var problems = RiskEvaluator.Validate(new RiskSignals { HealthScore = -5, AdoptionPercent = 120m, NetPromoterScore = -200 });

        Assert.Equal(new[] { RiskSignal.HealthScore, RiskSignal.AdoptionPercent, RiskSignal.NetPromoterScore }, problems.Select(p => p.Field));
    }
}
