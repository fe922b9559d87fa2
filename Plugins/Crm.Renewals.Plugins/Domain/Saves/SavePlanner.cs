using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>
/// Sizes a save plan (spec §5, 002 "Resource Allocation Decision"): effort level from account
/// value × save probability, time mode from days to renewal, executive escalation from ARR or a
/// Full effort.
/// </summary>
public static class SavePlanner
{
    /// <summary>Assesses a save plan.</summary>
    /// <param name="arr">The account's ARR.</param>
    /// <param name="isStrategic">True when any strategic flag is set (logo, reference, growth potential): high value whatever the ARR.</param>
    /// <param name="probability">The save probability, or null when not judged yet (a plan opened automatically on entering Red): medium is assumed.</param>
    /// <param name="daysToRenewal">Days from the plan's start to the renewal (negative when overdue).</param>
    /// <param name="policy">The save policy.</param>
    /// <returns>The assessment with reasons.</returns>
    public static SaveAssessment Assess(decimal arr, bool isStrategic, SaveProbability? probability, int daysToRenewal, SavePolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var reasons = new List<string>();
        var value = ValueOf(arr, isStrategic, policy);
        reasons.Add(ValueReason(arr, isStrategic, value, policy));
        var used = probability ?? SaveProbability.Medium;
        if (probability is null)
        {
            reasons.Add("Save probability not judged yet: medium assumed until the CSM sets it");
        }

        var effort = EffortFor(value, used);
        reasons.Add("Effort " + effort + " for a " + value.ToString().ToLowerInvariant() + "-value account with " + used.ToString().ToLowerInvariant()
            + " save probability (" + EffortDescription(effort) + ")");
        var mode = TimeModeFor(daysToRenewal, policy);
        reasons.Add(DomainText.Count(daysToRenewal, "day", "days") + " to renewal: " + mode.ToString().ToLowerInvariant() + " mode");
        var escalate = arr >= policy.ExecutiveEscalationArrFrom || effort == EffortLevel.Full;
        if (escalate)
        {
            reasons.Add(arr >= policy.ExecutiveEscalationArrFrom
                ? "Executive escalation suggested: ARR " + DomainText.Number(arr) + " is at least " + DomainText.Number(policy.ExecutiveEscalationArrFrom)
                : "Executive escalation suggested: the effort is Full");
        }

        return new SaveAssessment
        {
            Value = value,
            Probability = used,
            Effort = effort,
            TimeMode = mode,
            ExecutiveEscalationSuggested = escalate,
            Reasons = reasons,
        };
    }

    /// <summary>The account's value band.</summary>
    /// <param name="arr">ARR.</param>
    /// <param name="isStrategic">Any strategic flag set.</param>
    /// <param name="policy">The save policy.</param>
    /// <returns>High, medium or low.</returns>
    public static AccountValue ValueOf(decimal arr, bool isStrategic, SavePolicy policy)
    {
        if (isStrategic || arr >= policy.HighValueArrFrom)
        {
            return AccountValue.High;
        }

        return arr >= policy.MediumValueArrFrom ? AccountValue.Medium : AccountValue.Low;
    }

    /// <summary>The effort table of spec §5.</summary>
    /// <param name="value">Account value.</param>
    /// <param name="probability">Save probability.</param>
    /// <returns>The effort level.</returns>
    public static EffortLevel EffortFor(AccountValue value, SaveProbability probability) => value switch
    {
        AccountValue.High => probability == SaveProbability.Low ? EffortLevel.Light : EffortLevel.Full,
        AccountValue.Medium => probability == SaveProbability.Low ? EffortLevel.Light : EffortLevel.Standard,
        _ => probability == SaveProbability.Low ? EffortLevel.None : EffortLevel.Light,
    };

    /// <summary>The time mode for the days left.</summary>
    /// <param name="daysToRenewal">Days to renewal.</param>
    /// <param name="policy">The save policy.</param>
    /// <returns>Comprehensive, compressed or emergency.</returns>
    public static TimeMode TimeModeFor(int daysToRenewal, SavePolicy policy)
    {
        if (daysToRenewal >= policy.ComprehensiveFromDays)
        {
            return TimeMode.Comprehensive;
        }

        return daysToRenewal >= policy.CompressedFromDays ? TimeMode.Compressed : TimeMode.Emergency;
    }

    private static string ValueReason(decimal arr, bool isStrategic, AccountValue value, SavePolicy policy)
    {
        var arrText = "ARR " + DomainText.Number(arr);
        return value switch
        {
            AccountValue.High when isStrategic && arr < policy.HighValueArrFrom => "High value: the account is strategic (" + arrText + ")",
            AccountValue.High => "High value: " + arrText + " is at least " + DomainText.Number(policy.HighValueArrFrom),
            AccountValue.Medium => "Medium value: " + arrText + " is from " + DomainText.Number(policy.MediumValueArrFrom) + " to below " + DomainText.Number(policy.HighValueArrFrom),
            _ => "Low value: " + arrText + " is below " + DomainText.Number(policy.MediumValueArrFrom),
        };
    }

    private static string EffortDescription(EffortLevel effort) => effort switch
    {
        EffortLevel.Full => "30–90 days, executive involvement",
        EffortLevel.Standard => "CSM and manager, 14–30 days",
        EffortLevel.Light => "CSM only, 7–14 days",
        _ => "graceful exit",
    };
}
