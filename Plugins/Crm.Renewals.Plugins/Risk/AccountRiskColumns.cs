using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// The account columns the risk feature reads and writes. <see cref="Triggers"/> is the filtering
/// attribute list of every step that must react to a risk evaluation, so that a feature reacting to
/// a category change (e.g. renewals pulling a Red account forward) listens to exactly the same columns.
/// </summary>
public static class AccountRiskColumns
{
    /// <summary>The signals of spec §2, the inputs of the evaluation.</summary>
    public static IReadOnlyList<string> Signals { get; } = new[]
    {
        Account.HealthScore,
        Account.UsageTrend,
        Account.UsageChangePercent,
        Account.AdoptionPercent,
        Account.SupportSentiment,
        Account.Nps,
        Account.RelationshipStrength,
        Account.ChampionLeft,
        Account.CompetitiveSignal,
        Account.BudgetSignal,
        Account.BusinessChange,
        Account.EngagementDrop,
        Account.WhitespaceIdentified,
        Account.GrowthNeedStated,
        Account.NearTierLimit,
    };

    /// <summary>A CSM's override: category, justification and the end of its validity.</summary>
    public static IReadOnlyList<string> Override { get; } = new[]
    {
        Account.OverrideCategory,
        Account.OverrideJustification,
        Account.OverrideUntil,
    };

    /// <summary>What an evaluation stores; the server sets them, so a write to one of them is re-evaluated rather than trusted.</summary>
    public static IReadOnlyList<string> Results { get; } = new[]
    {
        Account.RiskCategory,
        Account.ComputedCategory,
        Account.RiskScore,
        Account.RiskReasons,
        Account.RiskEvaluatedOn,
    };

    /// <summary>Everything the evaluation reads: <see cref="Signals"/> and <see cref="Override"/>.</summary>
    public static IReadOnlyList<string> Inputs { get; } = Signals.Concat(Override).ToArray();

    /// <summary>The filtering attributes of the risk steps on Update: <see cref="Inputs"/> and <see cref="Results"/>.</summary>
    public static IReadOnlyList<string> Triggers { get; } = Inputs.Concat(Results).ToArray();
}
