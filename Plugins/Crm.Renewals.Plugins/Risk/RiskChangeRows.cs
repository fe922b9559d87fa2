using System;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>Builds the rows a risk change writes: the history row and the save plan opened on entry into Red.</summary>
public static class RiskChangeRows
{
    /// <summary>Longest primary name of the risk change and save plan tables (MaxLength of <c>crr_name</c> in <c>Solution/src</c>).</summary>
    public const int NameMaxLength = 200;

    /// <summary>How a history row names the category of an account that was never evaluated.</summary>
    public const string NotEvaluated = "Not evaluated";

    private const string TransitionArrow = " → ";
    private const string NameSeparator = ": ";
    private const string SavePlanNamePrefix = "Save plan: ";

    /// <summary>The history row: from, to, reasons, score and when.</summary>
    /// <param name="change">The change.</param>
    /// <returns>A new <c>crr_riskchange</c> row.</returns>
    public static Entity History(RiskChangeInput change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var transition = change.Transition;
        var from = transition.From is { } category ? category.ToString() : NotEvaluated;
        var history = new Entity(RiskChange.EntityLogicalName)
        {
            [RiskChange.Name] = Limit(change.Account.Name + NameSeparator + from + TransitionArrow + transition.To),
            [RiskChange.Account] = change.Account,
            [RiskChange.FromCategory] = transition.From is { } before ? RiskCategoryOptions.ToOptionSetValue(before) : null,
            [RiskChange.ToCategory] = RiskCategoryOptions.ToOptionSetValue(transition.To),
            [RiskChange.RiskScore] = change.Score,
            [RiskChange.Reasons] = change.Reasons,
            [RiskChange.ChangedOn] = change.ChangedOn,
        };
        if (change.ChangedBy is { } user)
        {
            history[RiskChange.OwnerId] = user;
        }

        return history;
    }

    /// <summary>The save plan that starts save work (spec §5), open, owned by the account's owner, with the reasons prefilled.</summary>
    /// <param name="change">The change into Red.</param>
    /// <returns>A new <c>crr_saveplan</c> row.</returns>
    public static Entity SavePlan(RiskChangeInput change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var row = new Entity(Model.SavePlan.EntityLogicalName)
        {
            [Model.SavePlan.Name] = Limit(SavePlanNamePrefix + change.Account.Name),
            [Model.SavePlan.Account] = change.Account,
            [Model.SavePlan.PlanStatus] = new OptionSetValue(SavePlanStatusChoice.Open),
            [Model.SavePlan.RiskReasons] = change.Reasons,
        };
        if (change.Owner is not null)
        {
            row[Model.SavePlan.OwnerId] = change.Owner;
        }

        return row;
    }

    private static string Limit(string name) => name.Length <= NameMaxLength ? name : name.Substring(0, NameMaxLength);
}
