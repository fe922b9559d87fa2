using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Renewals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>Reads the request of <c>crr_LogSaveOutcome</c> and the plan it is bound to, and writes what logging does.</summary>
internal static class SaveOutcomeLog
{
    private static readonly string[] PlanColumns =
    {
        SavePlan.PlanStatus, SavePlan.Outcome, SavePlan.CreatedOn, SavePlan.Contract, SavePlan.Account, SavePlan.OwnerId,
    };

    /// <summary>The plan, read as the caller (who must be able to read it), its contract, and the request.</summary>
    public static PendingOutcome Read(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var inputs = execution.InputParameters;
        var planReference = StepContext.TargetReference(execution);
        var row = context.UserService.Retrieve(SavePlan.EntityLogicalName, planReference.Id, new ColumnSet(PlanColumns));
        var contract = Contract(context, row.GetAttributeValue<EntityReference>(SavePlan.Contract));
        var plan = new SavePlanState
        {
            IsClosed = row.GetAttributeValue<OptionSetValue>(SavePlan.PlanStatus)?.Value == SavePlanStatusChoice.Closed,
            LoggedOutcome = SaveOptions.OutcomeOf(row.GetAttributeValue<OptionSetValue>(SavePlan.Outcome)),
            OpenedOn = row.GetAttributeValue<DateTime>(SavePlan.CreatedOn),
            ContractArr = contract?.GetAttributeValue<Money>(CustomerContract.Arr)?.Value,
            ContractEndDate = contract?.GetAttributeValue<DateTime?>(CustomerContract.EndDate),
        };
        var request = new SaveOutcomeRequest
        {
            Outcome = SaveOptions.OutcomeOf(StepContext.Input<OptionSetValue>(inputs, LogSaveOutcomeApi.RequestOutcome)),
            OutcomeDate = StepContext.Input<DateTime?>(inputs, LogSaveOutcomeApi.RequestOutcomeDate),
            SavedArr = StepContext.Input<Money>(inputs, LogSaveOutcomeApi.RequestSavedArr)?.Value,
            EffortHours = StepContext.Input<decimal?>(inputs, LogSaveOutcomeApi.RequestEffortHours),
            EffortCost = StepContext.Input<Money>(inputs, LogSaveOutcomeApi.RequestEffortCost)?.Value,
            LessonsLearned = StepContext.Input<string>(inputs, LogSaveOutcomeApi.RequestLessonsLearned),
        };
        var named = StepContext.Input<EntityCollection>(inputs, LogSaveOutcomeApi.RequestConcessions)?.Entities.Select(e => e.Id).Distinct().ToList() ?? new List<Guid>();
        var problems = ConcessionLinks.Problems(named, ConcessionAccounts(context, named), row.GetAttributeValue<EntityReference>(SavePlan.Account)?.Id);
        return new PendingOutcome(row, plan, request, named, problems);
    }

    /// <summary>Refuses with every problem, or closes the plan, links the concessions and plans what follows.</summary>
    /// <exception cref="InvalidPluginExecutionException">The outcome or a concession named is refused.</exception>
    public static void Write(ILocalPluginContext context, PendingOutcome log, SaveOutcomeResult result)
    {
        var problems = result.Problems.Select(problem => problem.Message).Concat(log.ConcessionProblems).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException("The outcome cannot be logged: " + string.Join(" ", problems));
        }

        var plan = log.PlanRow;
        var request = log.Request;
        context.UserService.Update(new Entity(SavePlan.EntityLogicalName, plan.Id)
        {
            [SavePlan.PlanStatus] = new OptionSetValue(SavePlanStatusChoice.Closed),
            [SavePlan.Outcome] = SaveOptions.ToOptionSetValue(result.Outcome!.Value),
            [SavePlan.OutcomeDate] = request.OutcomeDate!.Value.Date,
            [SavePlan.SavedArr] = new Money(result.SavedArr),
            [SavePlan.EffortHours] = request.EffortHours,
            [SavePlan.EffortCost] = request.EffortCost is decimal cost ? new Money(cost) : null,
            [SavePlan.LessonsLearned] = request.LessonsLearned,
            [SavePlan.TimeToSaveDays] = result.TimeToSaveDays,
        });
        foreach (var concession in log.Concessions)
        {
            context.SystemService.Update(new Entity(Concession.EntityLogicalName, concession) { [Concession.SavePlan] = plan.ToEntityReference() });
        }

        var account = plan.GetAttributeValue<EntityReference>(SavePlan.Account);
        if (result.MonitoringUntil is DateTime until && account is not null)
        {
            context.SystemService.Update(new Entity(Account.EntityLogicalName, account.Id) { [Account.PostSaveMonitoringUntil] = until });
        }

        var created = CreateTasks(context, plan, result.Tasks);
        var outputs = context.PluginExecutionContext.OutputParameters;
        outputs[LogSaveOutcomeApi.ResponseTimeToSaveDays] = result.TimeToSaveDays ?? 0;
        outputs[LogSaveOutcomeApi.ResponsePostSaveMonitoringUntil] = result.MonitoringUntil;
        outputs[LogSaveOutcomeApi.ResponseHealthCheckTasksCreated] = created.HealthChecks;
        outputs[LogSaveOutcomeApi.ResponseWinBackTasksCreated] = created.WinBack;
        outputs[LogSaveOutcomeApi.ResponseMessage] = result.Message + created.Note
            + (log.Concessions.Count > 0 ? " " + log.Concessions.Count + " concession(s) linked." : string.Empty);
    }

    // Health checks after a save; win-back after a loss unless the renewal's own loss planned the series already.
    private static CreatedTasks CreateTasks(ILocalPluginContext context, Entity plan, IReadOnlyList<PlannedTask> tasks)
    {
        var contract = plan.GetAttributeValue<EntityReference>(SavePlan.Contract);
        var isWinBack = tasks.Count > 0 && tasks[0].Milestone == TaskMilestone.WinBack;
        if (isWinBack && contract is not null && WinBackTasks.ExistFor(context.SystemService, contract.Id))
        {
            return new CreatedTasks(0, 0, " The contract's win-back series was already planned when its renewal was lost.");
        }

        var regarding = plan.GetAttributeValue<EntityReference>(SavePlan.Account) ?? plan.ToEntityReference();
        TaskRows.CreateAll(context.SystemService, tasks, plan.GetAttributeValue<EntityReference>(SavePlan.OwnerId), regarding, contract);

        return isWinBack ? new CreatedTasks(0, tasks.Count, string.Empty) : new CreatedTasks(tasks.Count, 0, string.Empty);
    }

    private static Entity? Contract(ILocalPluginContext context, EntityReference? contract) =>
        contract is null ? null : ContractRows.Find(context.SystemService, contract.Id, CustomerContract.Arr, CustomerContract.EndDate);

    private static IReadOnlyDictionary<Guid, Guid?> ConcessionAccounts(ILocalPluginContext context, IReadOnlyList<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Guid?>();
        }

        var query = new QueryExpression(Concession.EntityLogicalName) { ColumnSet = new ColumnSet(Concession.Account) };
        query.Criteria.AddCondition(Concession.ConcessionId, ConditionOperator.In, ids.Cast<object>().ToArray());
        return context.SystemService.RetrieveMultiple(query).Entities.ToDictionary(row => row.Id, row => row.GetAttributeValue<EntityReference>(Concession.Account)?.Id);
    }
}
