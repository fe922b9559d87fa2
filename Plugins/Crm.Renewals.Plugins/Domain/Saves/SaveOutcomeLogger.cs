using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Time;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>
/// Logging a save outcome (spec §5): refused when logged twice, when the plan is closed, or when
/// the saved ARR exceeds the contract's; otherwise the plan closes with its time to save, a saved
/// account enters post-save monitoring (weekly health checks counted from the day the outcome is
/// logged, so none is due in the past) and a lost one gets win-back tasks.
/// </summary>
public static class SaveOutcomeLogger
{
    private const int DaysPerWeek = 7;

    /// <summary>Decides what logging the outcome does.</summary>
    /// <param name="plan">The stored plan.</param>
    /// <param name="request">The outcome being logged.</param>
    /// <param name="today">The day the outcome is logged.</param>
    /// <param name="policy">The save policy.</param>
    /// <returns>The problems, or the accepted outcome with its consequences.</returns>
    public static SaveOutcomeResult Log(SavePlanState plan, SaveOutcomeRequest request, DateTime today, SavePolicy policy)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var problems = Validate(plan, request, today);
        if (problems.Count > 0)
        {
            return new SaveOutcomeResult { Problems = problems, Message = string.Join(" ", problems.Select(p => p.Message)) };
        }

        var outcome = request.Outcome!.Value;
        var outcomeDate = request.OutcomeDate!.Value.Date;
        var timeToSave = CalendarMath.DaysBetween(plan.OpenedOn, outcomeDate);
        var day = today.Date;
        var message = "Outcome " + OutcomeName(outcome) + " logged; the save plan is closed after " + DomainText.Count(timeToSave, "day", "days") + ".";
        IReadOnlyList<PlannedTask> tasks = Array.Empty<PlannedTask>();
        DateTime? monitoringUntil = null;
        if (outcome is SaveOutcome.Saved or SaveOutcome.PartiallySaved)
        {
            tasks = HealthChecks(outcomeDate, day, policy.PostSaveMonitoringWeeks);
            monitoringUntil = day.AddDays(policy.PostSaveMonitoringWeeks * DaysPerWeek);
            message += " Post-save monitoring until " + DomainText.Date(monitoringUntil.Value) + " with weekly health checks.";
        }
        else if (outcome == SaveOutcome.Lost)
        {
            // The customer is gone when the paid term ends; a loss logged after that counts from today.
            var churnDate = CalendarMath.Later((plan.ContractEndDate ?? day).Date, day);
            tasks = WinBackSchedule.Plan(churnDate, policy.WinBackMonths);
            message += " Win-back tasks planned.";
        }

        return new SaveOutcomeResult
        {
            Outcome = outcome,
            TimeToSaveDays = timeToSave,
            SavedArr = request.SavedArr ?? 0m,
            MonitoringUntil = monitoringUntil,
            Tasks = tasks,
            Message = message,
        };
    }

    /// <summary>The outcome as users read it.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Saved, Partially saved, Paused, Lost, Graceful exit.</returns>
    public static string OutcomeName(SaveOutcome outcome) => outcome switch
    {
        SaveOutcome.PartiallySaved => "Partially saved",
        SaveOutcome.GracefulExit => "Graceful exit",
        _ => outcome.ToString(),
    };

    private static List<ValidationProblem<SaveOutcomeField>> Validate(SavePlanState plan, SaveOutcomeRequest request, DateTime today)
    {
        var problems = new List<ValidationProblem<SaveOutcomeField>>();
        if (plan.LoggedOutcome is SaveOutcome logged)
        {
            problems.Add(new(SaveOutcomeField.SavePlan, "The outcome of this save plan was already logged (" + OutcomeName(logged) + "); an outcome is logged once."));
            return problems;
        }

        if (plan.IsClosed)
        {
            problems.Add(new(SaveOutcomeField.SavePlan, "This save plan is already closed, so no outcome can be logged on it; open a new save plan if the account is at risk again."));
            return problems;
        }

        if (request.Outcome is not SaveOutcome outcome || !Enum.IsDefined(typeof(SaveOutcome), outcome))
        {
            problems.Add(new(SaveOutcomeField.Outcome, "Choose the outcome: " + DomainText.Alternatives(((SaveOutcome[])Enum.GetValues(typeof(SaveOutcome))).Select(OutcomeName).ToList()) + "."));
        }

        if (request.OutcomeDate is not DateTime date)
        {
            problems.Add(new(SaveOutcomeField.OutcomeDate, "Enter the outcome date."));
        }
        else if (date.Date > today.Date)
        {
            problems.Add(new(SaveOutcomeField.OutcomeDate, "The outcome date " + DomainText.Date(date) + " is in the future; log the outcome once it has happened."));
        }
        else if (date.Date < plan.OpenedOn.Date)
        {
            problems.Add(new(SaveOutcomeField.OutcomeDate, "The outcome date " + DomainText.Date(date) + " is before the save plan was opened on " + DomainText.Date(plan.OpenedOn) + "."));
        }

        AddAmountProblems(plan, request, problems);
        return problems;
    }

    private static void AddAmountProblems(SavePlanState plan, SaveOutcomeRequest request, List<ValidationProblem<SaveOutcomeField>> problems)
    {
        var keepsRevenue = request.Outcome is SaveOutcome.Saved or SaveOutcome.PartiallySaved;
        if (request.SavedArr is not decimal saved)
        {
            if (keepsRevenue)
            {
                problems.Add(new(SaveOutcomeField.SavedArr, "Enter the saved ARR for a " + OutcomeName(request.Outcome!.Value) + " outcome."));
            }
        }
        else if (saved < 0m)
        {
            problems.Add(new(SaveOutcomeField.SavedArr, "The saved ARR cannot be negative; it is " + DomainText.Number(saved) + "."));
        }
        else if (plan.ContractArr is decimal contractArr && saved > contractArr)
        {
            problems.Add(new(SaveOutcomeField.SavedArr, "The saved ARR " + DomainText.Number(saved) + " is above the contract's ARR of "
                + DomainText.Number(contractArr) + "; enter at most " + DomainText.Number(contractArr) + "."));
        }
        else if (saved > 0m && request.Outcome is SaveOutcome.Lost or SaveOutcome.GracefulExit)
        {
            problems.Add(new(SaveOutcomeField.SavedArr, "A " + OutcomeName(request.Outcome!.Value) + " outcome keeps no ARR; enter 0 or leave the saved ARR empty."));
        }

        if (request.EffortHours < 0m)
        {
            problems.Add(new(SaveOutcomeField.EffortHours, "The effort hours cannot be negative; they are " + DomainText.Number(request.EffortHours.Value) + "."));
        }

        if (request.EffortCost < 0m)
        {
            problems.Add(new(SaveOutcomeField.EffortCost, "The effort cost cannot be negative; it is " + DomainText.Number(request.EffortCost.Value) + "."));
        }
    }

    private static IReadOnlyList<PlannedTask> HealthChecks(DateTime savedOn, DateTime today, int weeks)
    {
        var tasks = new List<PlannedTask>(weeks);
        for (var week = 1; week <= weeks; week++)
        {
            tasks.Add(new PlannedTask(
                TaskMilestone.PostSaveHealthCheck,
                "Post-save health check (week " + DomainText.Number(week) + " of " + DomainText.Number(weeks) + ")",
                "The account was saved on " + DomainText.Date(savedOn) + ". Check its health score, usage, adoption and support sentiment, "
                    + "confirm the remediation items hold, and re-evaluate risk at the first red flag.",
                today.AddDays(week * DaysPerWeek)));
        }

        return tasks;
    }
}
