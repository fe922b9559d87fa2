using System;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// Keeps the history of category changes and starts save work when an account enters Red. An
/// operation that leaves the category as it was makes no service call at all.
/// </summary>
public static class RiskChangeRecorder
{
    /// <summary>Records the change.</summary>
    /// <param name="systemService">
    /// Acts as SYSTEM, so that a signal update by a user or integration without privileges on the
    /// history and save plan tables is not refused: writes the history row (owned by the user who
    /// changed the category, <see cref="RiskChangeInput.ChangedBy"/>), finds an open save plan whoever can
    /// read it (a plan the caller cannot see must still prevent a second one) and opens the plan for the
    /// account's owner.
    /// </param>
    /// <param name="change">What changed.</param>
    /// <returns>The id of the save plan opened, or null when none was.</returns>
    public static Guid? Record(IOrganizationService systemService, RiskChangeInput change)
    {
        if (systemService is null)
        {
            throw new ArgumentNullException(nameof(systemService));
        }

        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var transition = change.Transition;
        if (!transition.IsChange)
        {
            return null;
        }

        systemService.Create(RiskChangeRows.History(change));
        if (!transition.IsEntryIntoRed)
        {
            return null;
        }

        return transition.ShouldOpenSavePlan(HasOpenSavePlan(systemService, change.Account.Id))
            ? systemService.Create(RiskChangeRows.SavePlan(change))
            : null;
    }

    private static bool HasOpenSavePlan(IOrganizationService service, Guid accountId)
    {
        var query = new QueryExpression(SavePlan.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(SavePlan.SavePlanId),
            TopCount = 1,
        };
        query.Criteria.AddCondition(SavePlan.Account, ConditionOperator.Equal, accountId);
        query.Criteria.AddCondition(SavePlan.PlanStatus, ConditionOperator.Equal, SavePlanStatusChoice.Open);
        return service.RetrieveMultiple(query).Entities.Count > 0;
    }
}
