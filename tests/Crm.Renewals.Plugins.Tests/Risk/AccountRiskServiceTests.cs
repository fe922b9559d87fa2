using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Risk;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Risk;

public class AccountRiskServiceTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime DefaultEnd = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly RiskSignals RedSignals = new() { HealthScore = 42, ChampionLeft = true };

    [Fact]
    public void Evaluate_NoOverride_AppliesTheComputedCategory()
    {
        var evaluation = AccountRiskService.Evaluate(new AccountRiskInput { Signals = RedSignals }, Now, RiskPolicy.Default);

        Assert.Equal((RiskCategory.Red, RiskCategory.Red, false), (evaluation.Effective.Category, evaluation.Effective.Computed, evaluation.Effective.IsOverridden));
        Assert.Equal(OverrideOutcome.Unchanged, evaluation.OverrideOutcome);
        Assert.Equal(Now, evaluation.EvaluatedOn);
        Assert.Equal("Health score 42 is below 50\nChampion or decision maker left", evaluation.ReasonsText);
    }

    [Fact]
    public void Evaluate_OverrideRecordedWithoutEnd_GetsThePolicyDefault()
    {
        var evaluation = Evaluate(new AccountOverrideInput { Category = RiskCategory.Green, Justification = "LOI", IsEdited = true });

        Assert.Equal(OverrideOutcome.Recorded, evaluation.OverrideOutcome);
        Assert.Equal(DefaultEnd, evaluation.OverrideUntil);
        Assert.Equal(RiskCategory.Green, evaluation.Effective.Category);
    }

    [Fact]
    public void Evaluate_NewCategoryWithoutAnEndOfItsOwn_DropsTheStoredEnd()
    {
        var stale = Now.AddDays(-10);

        var evaluation = Evaluate(new AccountOverrideInput { Category = RiskCategory.Green, StoredCategory = RiskCategory.Yellow, Justification = "LOI", Until = stale, IsEdited = true });

        Assert.Equal(DefaultEnd, evaluation.OverrideUntil);
    }

    [Fact]
    public void Evaluate_SameCategoryNewJustification_KeepsTheStoredEnd()
    {
        var end = Now.AddDays(5);

        var evaluation = Evaluate(new AccountOverrideInput { Category = RiskCategory.Green, StoredCategory = RiskCategory.Green, Justification = "LOI signed", Until = end, IsEdited = true });

        Assert.Equal(end, evaluation.OverrideUntil);
    }

    [Fact]
    public void Evaluate_StoredOverrideExpiredAndNotEdited_IsIgnoredNotRefusedAndCleared()
    {
        var evaluation = Evaluate(new AccountOverrideInput { Category = RiskCategory.Green, StoredCategory = RiskCategory.Green, Justification = "LOI", Until = Now.AddDays(-1) });

        Assert.Equal(OverrideOutcome.Expired, evaluation.OverrideOutcome);
        Assert.Equal(RiskCategory.Red, evaluation.Effective.Category);
        Assert.Equal("Override to Green expired on 2026-03-01", evaluation.Effective.Note);
    }

    [Fact]
    public void Evaluate_CategoryCleared_ClearsTheOverride()
    {
        var evaluation = Evaluate(new AccountOverrideInput { StoredCategory = RiskCategory.Green, Justification = "LOI", Until = Now.AddDays(3), IsEdited = true });

        Assert.Equal(OverrideOutcome.Cleared, evaluation.OverrideOutcome);
        Assert.Equal(RiskCategory.Red, evaluation.Effective.Category);
        Assert.Null(evaluation.Effective.Note);
    }

    [Fact]
    public void Evaluate_JustificationWithoutAnyCategory_ChangesNothing()
    {
        var evaluation = Evaluate(new AccountOverrideInput { Justification = "typed first", IsEdited = true });

        Assert.Equal(OverrideOutcome.Unchanged, evaluation.OverrideOutcome);
    }

    [Fact]
    public void Evaluate_EndMoreThanAYearAway_IsRefusedNamingTheColumn()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            Evaluate(new AccountOverrideInput { Category = RiskCategory.Green, Justification = "LOI", Until = Now.AddDays(400), IsEdited = true, IsUntilGiven = true }));

        Assert.Contains("- Override until (crr_overrideuntil): The override end 2027-04-06 is more than 365 days away; choose 2027-03-02 or earlier.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReasonsText_LongJustification_IsCutToTheColumnLength()
    {
        var evaluation = Evaluate(new AccountOverrideInput { Category = RiskCategory.Green, Justification = new string('x', 5000), IsEdited = true });

        Assert.Equal(AccountRiskEvaluation.ReasonsMaxLength, evaluation.ReasonsText.Length);
        Assert.EndsWith("…", evaluation.ReasonsText, StringComparison.Ordinal);
    }

    private static AccountRiskEvaluation Evaluate(AccountOverrideInput riskOverride) =>
        AccountRiskService.Evaluate(new AccountRiskInput { Signals = RedSignals, Override = riskOverride }, Now, RiskPolicy.Default);
}
