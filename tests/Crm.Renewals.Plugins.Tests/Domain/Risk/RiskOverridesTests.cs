using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Risk;

public class RiskOverridesTests
{
    private static readonly DateTime Now = new(2025, 3, 10, 15, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void DefaultUntil_Policy_IsStartOfDayThirtyDaysLater()
    {
        Assert.Equal(new DateTime(2025, 4, 9, 0, 0, 0, DateTimeKind.Utc), RiskOverrides.DefaultUntil(Now, RiskPolicy.Default));
        Assert.Equal(new DateTime(2025, 3, 17), RiskOverrides.DefaultUntil(Now, RiskPolicy.Default with { OverrideValidDays = 7 }));
    }

    [Fact]
    public void Validate_JustifiedOverride_IsAccepted()
    {
        Assert.Empty(RiskOverrides.Validate(RiskCategory.Green, "Signed a 3-year LOI yesterday", null, Now, RiskPolicy.Default));
        Assert.Empty(RiskOverrides.Validate(RiskCategory.Green, "LOI", Now.AddDays(365).Date, Now, RiskPolicy.Default));
    }

    [Theory]
    [InlineData(null)] // no justification
    [InlineData("")] // empty justification
    [InlineData("   ")] // whitespace is not a justification
    public void Validate_NoJustification_IsRefused(string? justification)
    {
        var problem = Assert.Single(RiskOverrides.Validate(RiskCategory.Green, justification, null, Now, RiskPolicy.Default));

        Assert.Equal(RiskOverrideField.Justification, problem.Field);
        Assert.Equal("An override needs a justification: say why the account is Green although the signals say otherwise.", problem.Message);
    }

    [Theory]
    [InlineData(-1, "The override end 2025-03-09 is in the past; choose today or a later date, or leave it empty for 30 days.")] // yesterday
    [InlineData(366, "The override end 2026-03-11 is more than 365 days away; choose 2026-03-10 or earlier.")] // more than a year away
    public void Validate_BadEnd_IsRefused(int daysFromToday, string expected)
    {
        var problem = Assert.Single(RiskOverrides.Validate(RiskCategory.Red, "why", Now.Date.AddDays(daysFromToday), Now, RiskPolicy.Default));

        Assert.Equal(RiskOverrideField.Until, problem.Field);
        Assert.Equal(expected, problem.Message);
    }

    // An override is valid through the whole of its last day, so ending it today is a real (short) override.
    [Fact]
    public void Validate_EndToday_IsAccepted()
    {
        Assert.Empty(RiskOverrides.Validate(RiskCategory.Red, "why", Now.Date, Now, RiskPolicy.Default));
    }

    [Fact]
    public void Validate_ClearedCategory_NeedsNothingElse()
    {
        Assert.Empty(RiskOverrides.Validate(null, null, new DateTime(2000, 1, 1), Now, RiskPolicy.Default));
    }

    [Fact]
    public void Resolve_NoOverride_IsComputed()
    {
        var effective = RiskOverrides.Resolve(RiskCategory.Red, null, Now);

        Assert.Equal((RiskCategory.Red, RiskCategory.Red, false, (string?)null), (effective.Category, effective.Computed, effective.IsOverridden, effective.Note));
    }

    [Fact]
    public void Resolve_ValidOverride_WinsAndKeepsComputed()
    {
        var effective = RiskOverrides.Resolve(RiskCategory.Red, new RiskOverride(RiskCategory.Yellow, " Exec sponsor re-engaged ", new DateTime(2025, 4, 1)), Now);

        Assert.Equal(RiskCategory.Yellow, effective.Category);
        Assert.Equal(RiskCategory.Red, effective.Computed);
        Assert.True(effective.IsOverridden);
        Assert.Equal("CSM override to Yellow until 2025-04-01 (computed Red): Exec sponsor re-engaged", effective.Note);
    }

    [Theory]
    [InlineData(-1, "Override to Yellow expired on 2025-03-09")] // its last day was yesterday
    [InlineData(-60, "Override to Yellow expired on 2025-01-09")] // long past
    public void Resolve_ExpiredOverride_FallsBackToComputed(int lastDayFromToday, string expected)
    {
        var effective = RiskOverrides.Resolve(RiskCategory.Red, new RiskOverride(RiskCategory.Yellow, "why", Now.Date.AddDays(lastDayFromToday)), Now);

        Assert.Equal(RiskCategory.Red, effective.Category);
        Assert.False(effective.IsOverridden);
        Assert.Equal(expected, effective.Note);
    }

    // Defect 5 of the review: the last day counted only until its midnight in the account's evaluation, but
    // wholly in the sweep. Both now treat it as valid until the day is over.
    [Theory]
    [InlineData(0, 0)] // the first instant of the last day
    [InlineData(0, 86_399)] // its last second
    public void Resolve_DuringTheLastDay_StillApplies(int lastDayFromToday, int secondsIntoToday)
    {
        var now = Now.Date.AddSeconds(secondsIntoToday);

        Assert.True(RiskOverrides.Resolve(RiskCategory.Red, new RiskOverride(RiskCategory.Green, "why", Now.Date.AddDays(lastDayFromToday)), now).IsOverridden);
    }

    [Fact]
    public void DefaultUntil_RecordedLateInTheDay_LastsAtLeastTheConfiguredFullDays()
    {
        var recorded = Now.Date.AddHours(23);
        var until = RiskOverrides.DefaultUntil(recorded, RiskPolicy.Default);

        var lastValidInstant = until.Date.AddDays(1).AddTicks(-1);
        Assert.True(lastValidInstant - recorded >= TimeSpan.FromDays(RiskPolicy.Default.OverrideValidDays), $"valid until {lastValidInstant:o} from {recorded:o}");
        Assert.False(RiskOverrides.IsExpired(until, lastValidInstant));
        Assert.True(RiskOverrides.IsExpired(until, lastValidInstant.AddTicks(1)));
    }

    [Fact]
    public void Resolve_UnjustifiedStoredOverride_IsIgnored()
    {
        var effective = RiskOverrides.Resolve(RiskCategory.Red, new RiskOverride(RiskCategory.Green, " ", Now.AddDays(5)), Now);

        Assert.Equal(RiskCategory.Red, effective.Category);
        Assert.Equal("Override to Green ignored: it has no justification", effective.Note);
    }
}
