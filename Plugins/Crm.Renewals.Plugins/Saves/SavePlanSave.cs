using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>Reads one save of a save plan for <see cref="SavePlanSizing"/> and writes the derived columns into the Target.</summary>
internal static class SavePlanSave
{
    /// <summary>The refusal of an outcome written directly.</summary>
    public const string OutcomeRefused = "The outcome of a save plan is logged with Log outcome (" + LogSaveOutcomeApi.MessageName + "), which checks it, closes the plan "
        + "and starts what follows (post-save monitoring or win-back); the outcome, outcome date, saved ARR, time to save and closing cannot be set directly.";

    /// <summary>The save: client values of derived columns dropped, outcome columns refused from outside, a new plan's contract found.</summary>
    /// <exception cref="InvalidPluginExecutionException">A call from outside sets an outcome column or closes the plan.</exception>
    public static PendingSavePlan Read(ILocalPluginContext context, Entity target, Entity? preImage)
    {
        var execution = context.PluginExecutionContext;
        if (execution.Depth <= 1 && (SavePlanRows.OutcomeColumns.Any(target.Attributes.ContainsKey) || ClosesThePlan(target)))
        {
            throw new InvalidPluginExecutionException(OutcomeRefused);
        }

        foreach (var column in SavePlanRows.DerivedColumns.Where(target.Attributes.Remove))
        {
            context.Trace("Ignored the client's value of " + column + ": the server derives it.");
        }

        // A new plan, or one a CSM links to a contract later (a plan opened before the contract was known), reads the contract.
        var isCreate = execution.MessageName == Registration.SdkMessageNames.Create;
        var contract = isCreate || target.Attributes.ContainsKey(SavePlan.Contract) ? ContractOf(context, target) : null;
        var facts = SavePlanRows.Facts(SavedRow.Merge(target, preImage));
        if (contract is not null)
        {
            facts = facts with
            {
                Arr = facts.Arr ?? contract.GetAttributeValue<Money>(CustomerContract.Arr)?.Value,
                RenewalDate = contract.GetAttributeValue<DateTime?>(CustomerContract.EndDate),
            };
        }

        var startedOn = preImage?.GetAttributeValue<DateTime?>(SavePlan.CreatedOn) ?? context.Clock.UtcNow;
        return new PendingSavePlan(facts, preImage, startedOn, contract, isCreate || contract is not null || SavePlanRows.InputColumns.Any(target.Attributes.ContainsKey));
    }

    /// <summary>Writes the contract's renewal and ARR (where the plan has none) and the sizing into the Target.</summary>
    public static void Write(ILocalPluginContext context, Entity target, PendingSavePlan save, SavePlanSize? size)
    {
        if (save.Contract is Entity contract)
        {
            SetIfEmpty(target, save.Stored, SavePlan.Contract, contract.ToEntityReference());
            SetIfEmpty(target, save.Stored, SavePlan.RenewalOpportunity, contract.GetAttributeValue<EntityReference>(CustomerContract.CurrentRenewalOpportunity));
            SetIfEmpty(target, save.Stored, SavePlan.AccountValueArr, contract.GetAttributeValue<Money>(CustomerContract.Arr));
        }

        if (size is null)
        {
            context.Trace(save.NeedsSizing ? "No renewal date known (no active contract): the plan is not sized yet." : "No sizing input changed.");
            return;
        }

        var assessment = size.Assessment;
        target[SavePlan.DaysToRenewalAtStart] = size.DaysToRenewalAtStart; // the stored value when there is one: it never moves

        target[SavePlan.EffortLevel] = SaveOptions.ToOptionSetValue(assessment.Effort);
        target[SavePlan.TimeMode] = SaveOptions.ToOptionSetValue(assessment.TimeMode);
        target[SavePlan.ExecutiveEscalationSuggested] = assessment.ExecutiveEscalationSuggested;
        context.Trace(string.Join("; ", assessment.Reasons));
    }

    private static bool ClosesThePlan(Entity target) =>
        target.GetAttributeValue<OptionSetValue>(SavePlan.PlanStatus)?.Value == SavePlanStatusChoice.Closed;

    // The contract's value goes in only where neither this save nor the stored plan has one.
    private static void SetIfEmpty(Entity target, Entity? stored, string column, object? value)
    {
        if (value is not null && target.GetAttributeValue<object>(column) is null && stored?.GetAttributeValue<object>(column) is null)
        {
            target[column] = value;
        }
    }

    // The contract the plan names, or else the account's active contract renewing next (read as SYSTEM: the plan must
    // be sized whoever opens it). Queries, not Retrieve: a missing row must not doom the transaction.
    private static Entity? ContractOf(ILocalPluginContext context, Entity target)
    {
        string[] columns = [CustomerContract.Arr, CustomerContract.EndDate, CustomerContract.CurrentRenewalOpportunity];
        if (target.GetAttributeValue<EntityReference>(SavePlan.Contract) is EntityReference named)
        {
            return Renewals.ContractRows.Find(context.SystemService, named.Id, columns);
        }

        if (target.GetAttributeValue<EntityReference>(SavePlan.Account) is not EntityReference account)
        {
            return null;
        }

        var query = new QueryExpression(CustomerContract.EntityLogicalName) { ColumnSet = new ColumnSet(columns), TopCount = 1 };
        query.Criteria.AddCondition(CustomerContract.Account, ConditionOperator.Equal, account.Id);
        query.Criteria.AddCondition(CustomerContract.ContractStatus, ConditionOperator.Equal, ContractStatusChoice.Active);
        query.Criteria.AddCondition(CustomerContract.EndDate, ConditionOperator.OnOrAfter, context.Clock.UtcNow.Date);
        query.AddOrder(CustomerContract.EndDate, OrderType.Ascending);
        return context.SystemService.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
