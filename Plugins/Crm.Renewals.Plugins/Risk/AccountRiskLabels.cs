using System;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// The account column behind each domain input, named as the user sees it on the form (display name,
/// as in <c>Solution/src/Entities/Account/Entity.xml</c>) and as an integrator sees it (logical name),
/// so a refusal says exactly which column to fix.
/// </summary>
public static class AccountRiskLabels
{
    /// <summary>The column holding a signal, as "Display name (logical name)".</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>The label.</returns>
    public static string For(RiskSignal signal) => signal switch
    {
        RiskSignal.HealthScore => Label("Health score", Account.HealthScore),
        RiskSignal.UsageTrend => Label("Usage trend", Account.UsageTrend),
        RiskSignal.UsageChangePercent => Label("Usage change %", Account.UsageChangePercent),
        RiskSignal.AdoptionPercent => Label("Adoption %", Account.AdoptionPercent),
        RiskSignal.SupportSentiment => Label("Support sentiment", Account.SupportSentiment),
        RiskSignal.NetPromoterScore => Label("NPS", Account.Nps),
        RiskSignal.RelationshipStrength => Label("Relationship strength", Account.RelationshipStrength),
        RiskSignal.ChampionLeft => Label("Champion left", Account.ChampionLeft),
        RiskSignal.CompetitiveSignal => Label("Competitive signal", Account.CompetitiveSignal),
        RiskSignal.BudgetSignal => Label("Budget signal", Account.BudgetSignal),
        RiskSignal.BusinessChange => Label("Business change", Account.BusinessChange),
        RiskSignal.EngagementDrop => Label("Engagement drop", Account.EngagementDrop),
        RiskSignal.WhitespaceIdentified => Label("Whitespace identified", Account.WhitespaceIdentified),
        RiskSignal.GrowthNeedStated => Label("Growth need stated", Account.GrowthNeedStated),
        RiskSignal.NearTierLimit => Label("Near tier limit", Account.NearTierLimit),
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "No account column holds this signal."),
    };

    /// <summary>The column holding a part of the CSM override, as "Display name (logical name)".</summary>
    /// <param name="field">The part of the override.</param>
    /// <returns>The label.</returns>
    public static string For(RiskOverrideField field) => field switch
    {
        RiskOverrideField.Category => Label("CSM override category", Account.OverrideCategory),
        RiskOverrideField.Justification => Label("Override justification", Account.OverrideJustification),
        RiskOverrideField.Until => Label("Override until", Account.OverrideUntil),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No account column holds this part of an override."),
    };

    private static string Label(string displayName, string logicalName) => displayName + " (" + logicalName + ")";
}
