using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// CSM overrides of the computed category (spec §2): recording one (a justification is required;
/// validity defaults to <see cref="RiskPolicy.OverrideValidDays"/>) and deciding which category
/// applies at a given instant. The end is a date: an override is valid through the whole of its last
/// day (UTC), in the account's own evaluation and in the daily sweep alike.
/// </summary>
public static class RiskOverrides
{
    /// <summary>The default end of an override recorded at <paramref name="now"/>: the day <see cref="RiskPolicy.OverrideValidDays"/> days later, its last valid day.</summary>
    /// <param name="now">When the override is recorded (UTC).</param>
    /// <param name="policy">The risk policy.</param>
    /// <returns>The last day the override applies (valid through the whole of it, so at least the configured number of full days).</returns>
    public static DateTime DefaultUntil(DateTime now, RiskPolicy policy) =>
        now.Date.AddDays((policy ?? throw new ArgumentNullException(nameof(policy))).OverrideValidDays);

    /// <summary>Checks an override a CSM is recording.</summary>
    /// <param name="category">The chosen category; null when the CSM cleared it (which removes the override, so nothing else is checked).</param>
    /// <param name="justification">Why.</param>
    /// <param name="until">The chosen end, or null for the default.</param>
    /// <param name="now">The current instant (UTC).</param>
    /// <param name="policy">The risk policy.</param>
    /// <returns>The problems; empty when the override can be recorded.</returns>
    public static IReadOnlyList<ValidationProblem<RiskOverrideField>> Validate(
        RiskCategory? category, string? justification, DateTime? until, DateTime now, RiskPolicy policy)
    {
        var problems = new List<ValidationProblem<RiskOverrideField>>();
        if (category is null)
        {
            return problems;
        }

        if (string.IsNullOrWhiteSpace(justification))
        {
            problems.Add(new(RiskOverrideField.Justification, "An override needs a justification: say why the account is " + category + " although the signals say otherwise."));
        }

        if (until is DateTime end)
        {
            var latest = now.Date.AddDays(RiskPolicy.MaxOverrideValidDays);
            if (end.Date < now.Date)
            {
                problems.Add(new(RiskOverrideField.Until, "The override end " + DomainText.Date(end) + " is in the past; choose today or a later date, or leave it empty for " + DomainText.Count(policy.OverrideValidDays, "day", "days") + "."));
            }
            else if (end.Date > latest)
            {
                problems.Add(new(RiskOverrideField.Until, "The override end " + DomainText.Date(end) + " is more than " + DomainText.Count(RiskPolicy.MaxOverrideValidDays, "day", "days") + " away; choose " + DomainText.Date(latest) + " or earlier."));
            }
        }

        return problems;
    }

    /// <summary>Decides which category applies at <paramref name="now"/>.</summary>
    /// <param name="computed">The computed category.</param>
    /// <param name="riskOverride">The stored override, or null.</param>
    /// <param name="now">The current instant (UTC).</param>
    /// <returns>The override's category while it is valid (justified and not expired), else the computed one.</returns>
    public static EffectiveRisk Resolve(RiskCategory computed, RiskOverride? riskOverride, DateTime now)
    {
        if (riskOverride is null)
        {
            return new EffectiveRisk(computed, computed, isOverridden: false, note: null);
        }

        if (string.IsNullOrWhiteSpace(riskOverride.Justification))
        {
            return new EffectiveRisk(computed, computed, false, "Override to " + riskOverride.Category + " ignored: it has no justification");
        }

        if (IsExpired(riskOverride.Until, now))
        {
            return new EffectiveRisk(computed, computed, false, "Override to " + riskOverride.Category + " expired on " + DomainText.Date(riskOverride.Until));
        }

        return new EffectiveRisk(
            riskOverride.Category,
            computed,
            isOverridden: true,
            "CSM override to " + riskOverride.Category + " until " + DomainText.Date(riskOverride.Until) + " (computed " + computed + "): " + riskOverride.Justification!.Trim());
    }

    /// <summary>True once the last day of an override ending <paramref name="until"/> is over.</summary>
    /// <param name="until">The override's last day.</param>
    /// <param name="now">The current instant (UTC).</param>
    /// <returns>True from the day after <paramref name="until"/> on.</returns>
    public static bool IsExpired(DateTime until, DateTime now) => now.Date > until.Date;
}
