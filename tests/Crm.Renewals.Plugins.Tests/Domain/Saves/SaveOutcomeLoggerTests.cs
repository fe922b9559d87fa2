using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Domain.Tasks;

namespace Crm.Renewals.Plugins.Tests.Domain.Saves;

public class SaveOutcomeLoggerTests
{
    private static readonly DateTime Today = new(2025, 6, 10);

    private static readonly SavePlanState OpenPlan = new()
    {
        OpenedOn = new DateTime(2025, 4, 1, 9, 30, 0),
        ContractArr = 60_000m,
        ContractEndDate = new DateTime(2025, 8, 31),
    };

    private static readonly SaveOutcomeRequest Saved = new()
    {
        Outcome = SaveOutcome.Saved,
        OutcomeDate = new DateTime(2025, 6, 5),
        SavedArr = 60_000m,
        EffortHours = 40m,
        EffortCost = 4_000m,
    };

    [Fact]
    public void Log_Saved_ClosesWithTimeToSaveAndWeeklyHealthChecks()
    {
        var result = SaveOutcomeLogger.Log(OpenPlan, Saved, Today, SavePolicy.Default);

        Assert.True(result.Accepted);
        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        Assert.Equal(65, result.TimeToSaveDays); // 1 April to 5 June
        Assert.Equal(60_000m, result.SavedArr);
        Assert.Equal(26, result.Tasks.Count);
        Assert.All(result.Tasks, t => Assert.Equal(TaskMilestone.PostSaveHealthCheck, t.Milestone));
        Assert.Equal(Today.AddDays(7), result.Tasks[0].DueDate); // the first check a week after logging
        Assert.Equal(Today.AddDays(26 * 7), result.Tasks[^1].DueDate);
        Assert.Equal(Today.AddDays(26 * 7), result.MonitoringUntil);
        Assert.Equal("Post-save health check (week 1 of 26)", result.Tasks[0].Subject);
        Assert.Equal("Outcome Saved logged; the save plan is closed after 65 days. Post-save monitoring until 2025-12-09 with weekly health checks.", result.Message);
    }

    [Fact]
    public void Log_PartiallySaved_AlsoEntersMonitoring()
    {
        var result = SaveOutcomeLogger.Log(OpenPlan, Saved with { Outcome = SaveOutcome.PartiallySaved, SavedArr = 30_000m }, Today, SavePolicy.Default with { PostSaveMonitoringWeeks = 4 });

        Assert.Equal(4, result.Tasks.Count);
        Assert.Equal(Today.AddDays(28), result.MonitoringUntil);
    }

    [Fact]
    public void Log_Lost_PlansWinBackFromTheContractEnd()
    {
        var result = SaveOutcomeLogger.Log(OpenPlan, Saved with { Outcome = SaveOutcome.Lost, SavedArr = null }, Today, SavePolicy.Default);

        Assert.True(result.Accepted);
        Assert.Null(result.MonitoringUntil);
        Assert.Equal(0m, result.SavedArr);
        Assert.Equal(new[] { new DateTime(2025, 11, 30), new DateTime(2026, 2, 28), new DateTime(2026, 8, 31) }, result.Tasks.Select(t => t.DueDate));
        Assert.All(result.Tasks, t => Assert.Equal(TaskMilestone.WinBack, t.Milestone));
    }

    [Theory]
    [InlineData(SaveOutcome.Paused)] // a pause closes the plan; nothing to monitor or win back
    [InlineData(SaveOutcome.GracefulExit)] // letting go by decision: no win-back
    public void Log_PausedOrGracefulExit_ClosesWithoutTasks(SaveOutcome outcome)
    {
        var result = SaveOutcomeLogger.Log(OpenPlan, Saved with { Outcome = outcome, SavedArr = 0m }, Today, SavePolicy.Default);

        Assert.True(result.Accepted);
        Assert.Empty(result.Tasks);
        Assert.Null(result.MonitoringUntil);
    }

    [Theory]
    [InlineData("logged twice", SaveOutcomeField.SavePlan, "The outcome of this save plan was already logged (Partially saved); an outcome is logged once.")] // a second log on a plan already closed by the first
    [InlineData("closed", SaveOutcomeField.SavePlan, "This save plan is already closed, so no outcome can be logged on it; open a new save plan if the account is at risk again.")] // closed without an outcome (e.g. by hand)
    [InlineData("no outcome", SaveOutcomeField.Outcome, "Choose the outcome: Saved, Partially saved, Paused, Lost or Graceful exit.")] // outcome missing
    [InlineData("undefined outcome", SaveOutcomeField.Outcome, "Choose the outcome: Saved, Partially saved, Paused, Lost or Graceful exit.")] // an option value the domain does not know
    [InlineData("no date", SaveOutcomeField.OutcomeDate, "Enter the outcome date.")] // outcome date missing
    [InlineData("future date", SaveOutcomeField.OutcomeDate, "The outcome date 2025-06-11 is in the future; log the outcome once it has happened.")] // tomorrow
    [InlineData("before opening", SaveOutcomeField.OutcomeDate, "The outcome date 2025-03-31 is before the save plan was opened on 2025-04-01.")] // the day before the plan opened
    [InlineData("saved ARR above contract", SaveOutcomeField.SavedArr, "The saved ARR 60,000.01 is above the contract's ARR of 60,000; enter at most 60,000.")] // a cent above the contract's ARR
    [InlineData("no saved ARR", SaveOutcomeField.SavedArr, "Enter the saved ARR for a Saved outcome.")] // a save must say how much it kept
    [InlineData("negative saved ARR", SaveOutcomeField.SavedArr, "The saved ARR cannot be negative; it is -1.")] // below zero
    [InlineData("ARR on a loss", SaveOutcomeField.SavedArr, "A Lost outcome keeps no ARR; enter 0 or leave the saved ARR empty.")] // a loss that claims kept revenue
    [InlineData("negative hours", SaveOutcomeField.EffortHours, "The effort hours cannot be negative; they are -2.")] // below zero
    [InlineData("negative cost", SaveOutcomeField.EffortCost, "The effort cost cannot be negative; it is -100.")] // below zero
    public void Log_BadCall_IsRefusedWithClearMessage(string defect, SaveOutcomeField field, string expected)
    {
        var plan = defect switch
        {
            "logged twice" => OpenPlan with { IsClosed = true, LoggedOutcome = SaveOutcome.PartiallySaved },
            "closed" => OpenPlan with { IsClosed = true },
            _ => OpenPlan,
        };
        var request = defect switch
        {
            "no outcome" => Saved with { Outcome = null },
            "undefined outcome" => Saved with { Outcome = (SaveOutcome)99 },
            "no date" => Saved with { OutcomeDate = null },
            "future date" => Saved with { OutcomeDate = Today.AddDays(1) },
            "before opening" => Saved with { OutcomeDate = new DateTime(2025, 3, 31) },
            "saved ARR above contract" => Saved with { SavedArr = 60_000.01m },
            "no saved ARR" => Saved with { SavedArr = null },
            "negative saved ARR" => Saved with { SavedArr = -1m },
            "ARR on a loss" => Saved with { Outcome = SaveOutcome.Lost, SavedArr = 10m },
            "negative hours" => Saved with { EffortHours = -2m },
            "negative cost" => Saved with { EffortCost = -100m },
            _ => Saved,
        };

        var result = SaveOutcomeLogger.Log(plan, request, Today, SavePolicy.Default);

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Equal(expected, problem.Message);
        Assert.Empty(result.Tasks);
        Assert.Null(result.TimeToSaveDays);
    }

    [Theory]
    [InlineData(60_000)] // exactly the contract ARR is allowed
    [InlineData(0)] // nothing kept is still a valid number
    public void Log_SavedArrUpToContract_IsAccepted(double saved)
    {
        Assert.True(SaveOutcomeLogger.Log(OpenPlan, Saved with { SavedArr = (decimal)saved }, Today, SavePolicy.Default).Accepted);
    }

    [Fact]
    public void Log_UnknownContractArr_CannotCapTheSavedArr()
    {
        Assert.True(SaveOutcomeLogger.Log(OpenPlan with { ContractArr = null }, Saved with { SavedArr = 1_000_000m }, Today, SavePolicy.Default).Accepted);
    }

    [Fact]
    public void Log_OutcomeOnTheDayThePlanOpened_TakesZeroDays()
    {
        Assert.Equal(0, SaveOutcomeLogger.Log(OpenPlan, Saved with { OutcomeDate = new DateTime(2025, 4, 1) }, Today, SavePolicy.Default).TimeToSaveDays);
    }
}
