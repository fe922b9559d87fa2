using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Risk;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// Evaluates one account: checks the signals and an override being recorded, computes the category
/// with the domain, and applies a valid override. Makes no service call.
/// </summary>
public static class AccountRiskService
{
    private const string RefusalIntroduction = "The account's risk cannot be evaluated, so nothing was saved. Fix these columns:";
    private const string ProblemBullet = "\n- ";

    /// <summary>Evaluates the account.</summary>
    /// <param name="input">The signals and override after the operation.</param>
    /// <param name="now">The operation's time (UTC).</param>
    /// <param name="policy">The risk policy.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="InvalidPluginExecutionException">
    /// A signal is out of range or the override being recorded is invalid; the message lists every
    /// problem at once, each with the column's display and logical name and the allowed values.
    /// </exception>
    public static AccountRiskEvaluation Evaluate(AccountRiskInput input, DateTime now, RiskPolicy policy)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var riskOverride = input.Override;
        var outcome = OutcomeOf(riskOverride, now);
        var until = RequestedUntil(riskOverride, outcome);
        var problems = RiskEvaluator.Validate(input.Signals).Select(p => Problem(AccountRiskLabels.For(p.Field), p.Message)).ToList();
        if (outcome == OverrideOutcome.Recorded)
        {
            problems.AddRange(RiskOverrides.Validate(riskOverride.Category, riskOverride.Justification, until, now, policy)
                .Select(p => Problem(AccountRiskLabels.For(p.Field), p.Message)));
            until ??= RiskOverrides.DefaultUntil(now, policy);
        }

        ThrowIfAny(problems);
        var assessment = RiskEvaluator.Evaluate(input.Signals, policy);
        var stored = riskOverride.Category is RiskCategory category && until is DateTime end
            ? new RiskOverride(category, riskOverride.Justification, end)
            : null;
        var effective = RiskOverrides.Resolve(assessment.Category, stored, now);
        return new AccountRiskEvaluation(assessment, effective, now, outcome, outcome == OverrideOutcome.Recorded ? until : null);
    }

    // Only an operation that changes an override column records (and so checks) one: a stored override
    // that has since expired must not make every later update of a signal fail.
    private static OverrideOutcome OutcomeOf(AccountOverrideInput riskOverride, DateTime now) =>
        !riskOverride.IsEdited
            ? riskOverride.StoredCategory is not null && riskOverride.Until is DateTime end && RiskOverrides.IsExpired(end, now) ? OverrideOutcome.Expired : OverrideOutcome.Unchanged
        : riskOverride.Category is not null ? OverrideOutcome.Recorded
        : riskOverride.StoredCategory is not null ? OverrideOutcome.Cleared
        : OverrideOutcome.Unchanged;

    // A different category without an end of its own starts a new override, whose validity starts now
    // rather than carrying the previous override's (possibly past) end; null means "the default".
    private static DateTime? RequestedUntil(AccountOverrideInput riskOverride, OverrideOutcome outcome) =>
        outcome == OverrideOutcome.Recorded && riskOverride.Category != riskOverride.StoredCategory && !riskOverride.IsUntilGiven
            ? null
            : riskOverride.Until;

    private static string Problem(string column, string message) => column + ": " + message;

    private static void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(RefusalIntroduction + ProblemBullet + string.Join(ProblemBullet, problems));
        }
    }
}
