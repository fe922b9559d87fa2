using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>The save plan's columns by role, and its rows read into the save domain.</summary>
internal static class SavePlanRows
{
    /// <summary>Columns the sizing is derived from: a change of one sizes the plan again.</summary>
    public static readonly IReadOnlyList<string> InputColumns = new[]
    {
        SavePlan.AccountValueArr, SavePlan.IsStrategicLogo, SavePlan.IsReference, SavePlan.HasGrowthPotential, SavePlan.SaveProbability,
    };

    /// <summary>Columns the server derives; a client's value for one is dropped.</summary>
    public static readonly IReadOnlyList<string> DerivedColumns = new[]
    {
        SavePlan.DaysToRenewalAtStart, SavePlan.EffortLevel, SavePlan.TimeMode, SavePlan.ExecutiveEscalationSuggested,
    };

    /// <summary>Columns only logging the outcome writes (with closing the plan).</summary>
    public static readonly IReadOnlyList<string> OutcomeColumns = new[]
    {
        SavePlan.Outcome, SavePlan.OutcomeDate, SavePlan.SavedArr, SavePlan.TimeToSaveDays,
    };

    /// <summary>The Update step's pre-image: the inputs, the stored days and the status.</summary>
    public static readonly IReadOnlyList<string> ImageColumns = new[]
    {
        SavePlan.AccountValueArr, SavePlan.IsStrategicLogo, SavePlan.IsReference, SavePlan.HasGrowthPotential, SavePlan.SaveProbability,
        SavePlan.DaysToRenewalAtStart, SavePlan.PlanStatus, SavePlan.RenewalOpportunity, SavePlan.CreatedOn,
    };

    /// <summary>The sizing facts of a row (the Target merged with the stored row).</summary>
    public static SavePlanFacts Facts(Entity row) => new()
    {
        Arr = row.GetAttributeValue<Money>(SavePlan.AccountValueArr)?.Value,
        IsStrategicLogo = row.GetAttributeValue<bool>(SavePlan.IsStrategicLogo),
        IsReference = row.GetAttributeValue<bool>(SavePlan.IsReference),
        HasGrowthPotential = row.GetAttributeValue<bool>(SavePlan.HasGrowthPotential),
        Probability = SaveOptions.ProbabilityOf(row.GetAttributeValue<OptionSetValue>(SavePlan.SaveProbability)),
        DaysToRenewalAtStart = row.GetAttributeValue<int?>(SavePlan.DaysToRenewalAtStart),
    };
}
