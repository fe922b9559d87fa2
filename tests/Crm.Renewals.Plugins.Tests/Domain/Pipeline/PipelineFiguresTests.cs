using System.Text.Json;
using Crm.Renewals.Plugins.Domain.Pipeline;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Pipeline;

public class PipelineFiguresTests
{
    private static readonly DateTime January = new(2026, 1, 1);
    private static readonly DateTime February = new(2026, 2, 1);

    // Rows of several windows of one month add up; at risk is Yellow plus Red; never evaluated counts apart.
    [Fact]
    public void ToJson_RowsOfTwoMonths_SumsPerMonthAndCategoryAndTotals()
    {
        PipelineCell[] cells =
        [
            new(January, RiskCategory.Red, 100_000m, 2),
            new(January, RiskCategory.Red, 20_000.5m, 1),
            new(January, RiskCategory.Green, 50_000m, 5),
            new(February, RiskCategory.Yellow, 30_000m, 3),
            new(February, null, 8_000m, 1),
        ];

        using var json = JsonDocument.Parse(PipelineFigures.ToJson(January, 2, cells, []));

        var months = json.RootElement.GetProperty("months");
        Assert.Equal("2026-01", months[0].GetProperty("month").GetString());
        Assert.Equal(120_000.5m, months[0].GetProperty("Red").GetProperty("arr").GetDecimal());
        Assert.Equal(3, months[0].GetProperty("Red").GetProperty("count").GetInt32());
        Assert.Equal(0, months[0].GetProperty("Yellow").GetProperty("count").GetInt32());
        Assert.Equal(8_000m, months[1].GetProperty("NotEvaluated").GetProperty("arr").GetDecimal());
        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(208_000.5m, totals.GetProperty("arr").GetDecimal());
        Assert.Equal(12, totals.GetProperty("count").GetInt32());
        Assert.Equal(150_000.5m, totals.GetProperty("arrAtRisk").GetDecimal());
        Assert.Equal(6, totals.GetProperty("countAtRisk").GetInt32());
        Assert.Equal(3, totals.GetProperty("redCount").GetInt32());
    }

    [Fact]
    public void ToJson_NoRows_EveryMonthWithZeroes()
    {
        using var json = JsonDocument.Parse(PipelineFigures.ToJson(January, 3, [], []));

        Assert.Equal(3, json.RootElement.GetProperty("months").GetArrayLength());
        Assert.Equal(0m, json.RootElement.GetProperty("totals").GetProperty("arr").GetDecimal());
    }

    // Behind counts of several windows of a month add up; a month without any says 0.
    [Fact]
    public void ToJson_BehindOfTwoWindows_SumsPerMonthAndInTheTotal()
    {
        using var json = JsonDocument.Parse(PipelineFigures.ToJson(January, 2, [], [new(January, 2), new(January, 1)]));

        Assert.Equal(3, json.RootElement.GetProperty("months")[0].GetProperty("behind").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("months")[1].GetProperty("behind").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("totals").GetProperty("behind").GetInt32());
    }

    // Rows of two months with the same next milestone add up into one entry; entries follow the choice's order, and
    // renewals without an open milestone come last.
    [Fact]
    public void ToJson_RowsByNextMilestone_OneEntryPerMilestoneInChoiceOrderNoneLast()
    {
        PipelineCell[] cells =
        [
            new(January, RiskCategory.Red, 100_000m, 2) { NextMilestone = 642310003 },
            new(February, RiskCategory.Red, 50_000m, 1) { NextMilestone = 642310003 },
            new(January, RiskCategory.Green, 10_000m, 1),
            new(February, RiskCategory.Yellow, 30_000m, 3) { NextMilestone = 642310000 },
        ];

        using var json = JsonDocument.Parse(PipelineFigures.ToJson(January, 2, cells, []));

        var milestones = json.RootElement.GetProperty("milestones");
        Assert.Equal(3, milestones.GetArrayLength());
        Assert.Equal(642310000, milestones[0].GetProperty("milestone").GetInt32());
        Assert.Equal(642310003, milestones[1].GetProperty("milestone").GetInt32());
        Assert.Equal(150_000m, milestones[1].GetProperty("Red").GetProperty("arr").GetDecimal());
        Assert.Equal(3, milestones[1].GetProperty("Red").GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, milestones[2].GetProperty("milestone").ValueKind);
        Assert.Equal(10_000m, milestones[2].GetProperty("Green").GetProperty("arr").GetDecimal());
        Assert.Equal(150_000m, json.RootElement.GetProperty("months")[0].GetProperty("Red").GetProperty("arr").GetDecimal() + json.RootElement.GetProperty("months")[1].GetProperty("Red").GetProperty("arr").GetDecimal());
    }
}
