using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Risk;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Risk;

public class AccountRiskMapperTests
{
    private static readonly Guid AccountId = new("4d0c3a52-2f5e-4a51-9a8e-0f1b2c3d4e5f");
    private static readonly DateTime Now = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ReadInput_TargetAndStored_TargetWinsEvenWhenNull()
    {
        var stored = Row((Account.HealthScore, 42), (Account.Nps, -10), (Account.ChampionLeft, true));
        var target = Row((Account.HealthScore, null), (Account.ChampionLeft, false));

        var signals = AccountRiskMapper.ReadInput(target, stored).Signals;

        Assert.Null(signals.HealthScore);
        Assert.Equal(false, signals.ChampionLeft);
        Assert.Equal(-10, signals.NetPromoterScore);
    }

    // Defect 7 of the review: a value of the wrong CLR type (in an image, or where no platform check ran) failed with
    // "Unable to cast"; the mapper names every such column with the type it needs.
    [Fact]
    public void ReadInput_WholeNumberForADecimalAndTextForAFlag_RefusesNamingEachColumnAndType()
    {
        var target = Row((Account.AdoptionPercent, 42), (Account.ChampionLeft, "yes"));

        var error = Assert.Throws<InvalidPluginExecutionException>(() => AccountRiskMapper.ReadInput(target, stored: null));

        Assert.Equal(
            "Column crr_adoptionpercent of account must be a decimal number (System.Decimal); it was given System.Int32 (42). "
            + "Column crr_championleft of account must be yes or no (System.Boolean); it was given System.String (yes). Nothing was saved.",
            error.Message);
    }

    [Fact]
    public void ReadInput_EveryColumn_ReachesItsSignal()
    {
        var stored = Row(
            (Account.HealthScore, 55),
            (Account.UsageTrend, RiskSignalOptions.ToOptionSetValue(UsageTrend.Declining)),
            (Account.UsageChangePercent, -25m),
            (Account.AdoptionPercent, 45.5m),
            (Account.SupportSentiment, RiskSignalOptions.ToOptionSetValue(SupportSentiment.Neutral)),
            (Account.Nps, 12),
            (Account.RelationshipStrength, RiskSignalOptions.ToOptionSetValue(RelationshipStrength.Strong)),
            (Account.ChampionLeft, true),
            (Account.CompetitiveSignal, true),
            (Account.BudgetSignal, true),
            (Account.BusinessChange, true),
            (Account.EngagementDrop, true),
            (Account.WhitespaceIdentified, true),
            (Account.GrowthNeedStated, true),
            (Account.NearTierLimit, true));

        var signals = AccountRiskMapper.ReadStored(stored).Signals;

        Assert.Equal(
            new RiskSignals
            {
                HealthScore = 55,
                UsageTrend = UsageTrend.Declining,
                UsageChangePercent = -25m,
                AdoptionPercent = 45.5m,
                SupportSentiment = SupportSentiment.Neutral,
                NetPromoterScore = 12,
                RelationshipStrength = RelationshipStrength.Strong,
                ChampionLeft = true,
                CompetitiveSignal = true,
                BudgetSignal = true,
                BusinessChange = true,
                EngagementDrop = true,
                WhitespaceIdentified = true,
                GrowthNeedStated = true,
                NearTierLimit = true,
            },
            signals);
    }

    [Fact]
    public void ReadInput_OverrideColumnInTarget_MarksTheOverrideEdited()
    {
        var stored = Row((Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Yellow)), (Account.OverrideJustification, "why"));
        var target = Row((Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Green)));

        var riskOverride = AccountRiskMapper.ReadInput(target, stored).Override;

        Assert.Equal(
            new AccountOverrideInput { Category = RiskCategory.Green, StoredCategory = RiskCategory.Yellow, Justification = "why", IsEdited = true },
            riskOverride);
    }

    [Fact]
    public void ReadInput_StoredOverrideResentUnchanged_IsNotEdited()
    {
        var until = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        var stored = Row((Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Yellow)), (Account.OverrideJustification, "why"), (Account.OverrideUntil, until));
        var target = Row((Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Yellow)), (Account.OverrideJustification, "why"), (Account.OverrideUntil, until), (Account.HealthScore, 50));

        Assert.False(AccountRiskMapper.ReadInput(target, stored).Override.IsEdited);
    }

    [Fact]
    public void ReadInput_NullOverrideColumnsOnCreate_AreNotAnEdit()
    {
        Assert.False(AccountRiskMapper.ReadInput(Row((Account.OverrideCategory, null), (Account.OverrideJustification, null)), null).Override.IsEdited);
    }

    [Fact]
    public void ReadStored_AnyRow_EditsNoOverride()
    {
        var riskOverride = AccountRiskMapper.ReadStored(Row((Account.OverrideCategory, new OptionSetValue(RiskCategoryChoice.Red)), (Account.OverrideUntil, null))).Override;

        Assert.False(riskOverride.IsEdited);
        Assert.False(riskOverride.IsUntilGiven);
        Assert.Equal(RiskCategory.Red, riskOverride.StoredCategory);
    }

    [Theory]
    [InlineData(DateTimeKind.Utc)] // kept
    [InlineData(DateTimeKind.Unspecified)] // taken as UTC
    public void ReadInput_OverrideEnd_IsUtc(DateTimeKind kind)
    {
        var until = AccountRiskMapper.ReadInput(Row((Account.OverrideUntil, new DateTime(2026, 5, 1, 0, 0, 0, kind))), null).Override.Until;

        Assert.Equal(DateTimeKind.Utc, until!.Value.Kind);
        Assert.Equal(new DateTime(2026, 5, 1), until.Value);
    }

    [Fact]
    public void WriteResults_ClearedOverride_EmptiesJustificationAndEnd()
    {
        var target = Row();
        var evaluation = AccountRiskService.Evaluate(
            new AccountRiskInput { Override = new AccountOverrideInput { StoredCategory = RiskCategory.Green, IsEdited = true } },
            new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc),
            RiskPolicy.Default);

        AccountRiskMapper.WriteResults(target, evaluation);

        Assert.True(target.Contains(Account.OverrideJustification) && target[Account.OverrideJustification] is null);
        Assert.True(target.Contains(Account.OverrideUntil) && target[Account.OverrideUntil] is null);
        Assert.Equal(RiskCategoryChoice.Green, target.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
    }

    [Fact]
    public void ReadChange_PostImageWithoutCategory_SaysThePreOperationStepIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AccountRiskMapper.ReadChange(AccountId, null, Row(), DateTime.UnixEpoch));

        Assert.Contains("PreOperation step of AccountRiskPlugin", error.Message, StringComparison.Ordinal);
    }

    // The evaluation read the pre-image and the Target, and nothing else changed before the save: nothing to correct.
    [Fact]
    public void Correction_InputsSavedAsEvaluated_IsNull()
    {
        var before = Row((Account.HealthScore, 85), (Account.AdoptionPercent, 90m));
        var target = Row((Account.AdoptionPercent, 40m));
        var saved = Row((Account.HealthScore, 85), (Account.AdoptionPercent, 40m));

        Assert.Null(AccountRiskMapper.Correction(target, before, saved, _ => throw new InvalidOperationException("no evaluation is needed")));
    }

    // Another update saved a health score of 42 after this one's pre-image was read: the correction evaluates the saved row.
    [Fact]
    public void Correction_AnInputChangedAfterThePreImage_EvaluatesTheSavedInputs()
    {
        var before = Row((Account.HealthScore, 85), (Account.AdoptionPercent, 90m));
        var target = Row((Account.AdoptionPercent, 40m));
        var saved = Row((Account.HealthScore, 42), (Account.AdoptionPercent, 40m));
        var evaluate = (AccountRiskInput input) => AccountRiskService.Evaluate(input, Now, RiskPolicy.Default);

        var correction = AccountRiskMapper.Correction(target, before, saved, evaluate);

        Assert.NotNull(correction);
        Assert.Equal(AccountId, correction.Id);
        Assert.Contains("Health score 42", (string)correction[Account.RiskReasons], StringComparison.Ordinal);
        Assert.Contains("Adoption 40%", (string)correction[Account.RiskReasons], StringComparison.Ordinal);
    }

    private static Entity Row(params (string Column, object? Value)[] columns)
    {
        var row = new Entity(Account.EntityLogicalName, AccountId);
        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return row;
    }
}
