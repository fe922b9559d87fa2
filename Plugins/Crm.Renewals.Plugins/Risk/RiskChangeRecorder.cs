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
    /// <param name="userService">
    /// Acts as the user whose operation changed the category, so the history row says who changed it.
    /// </param>
    /// <param name="systemService">
    /// Acts as SYSTEM: finds an open save plan whoever can read it (a plan the caller cannot see must
    /// still prevent a second one) and opens the plan for the account's owner without requiring the
    /// caller, often an integration, to hold save plan or assign privileges.
    /// </param>
    /// <param name="change">What changed.</param>
    /// <returns>The id of the save plan opened, or null when none was.</returns>
    public static Guid? Record(IOrganizationService userService, IOrganizationService systemService, RiskChangeInput change)
    {
        if (userService is null)
        {
            throw new ArgumentNullException(nameof(userService));
        }

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

        userService.Create(RiskChangeRows.History(change));
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
