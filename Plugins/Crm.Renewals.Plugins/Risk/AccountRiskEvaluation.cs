using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// The result of evaluating one account: the computed assessment, the category that applies after the
/// override, and what to write to the override columns.
/// </summary>
public sealed class AccountRiskEvaluation
{
    /// <summary>
    /// Longest text the reasons columns hold (<c>crr_riskreasons</c> on account and save plan,
    /// <c>crr_reasons</c> on risk change all have this MaxLength in <c>Solution/src</c>).
    /// </summary>
    public const int ReasonsMaxLength = 4000;

    private const string Ellipsis = "…";

    /// <summary>Creates the result.</summary>
    /// <param name="assessment">The computed assessment.</param>
    /// <param name="effective">The category that applies.</param>
    /// <param name="evaluatedOn">When the evaluation ran (UTC).</param>
    /// <param name="overrideOutcome">What to write to the override columns.</param>
    /// <param name="overrideUntil">The override's end of validity to write when it is <see cref="OverrideOutcome.Recorded"/>.</param>
    public AccountRiskEvaluation(RiskAssessment assessment, EffectiveRisk effective, DateTime evaluatedOn, OverrideOutcome overrideOutcome, DateTime? overrideUntil)
    {
        Assessment = assessment ?? throw new ArgumentNullException(nameof(assessment));
        Effective = effective ?? throw new ArgumentNullException(nameof(effective));
        EvaluatedOn = evaluatedOn;
        OverrideOutcome = overrideOutcome;
        OverrideUntil = overrideUntil;
        ReasonsText = Limit(string.Join("\n", Lines(effective.Note, assessment.Reasons)));
    }

    /// <summary>The computed category, score and reasons.</summary>
    public RiskAssessment Assessment { get; }

    /// <summary>The category that applies: a valid override's, else the computed one.</summary>
    public EffectiveRisk Effective { get; }

    /// <summary>When the evaluation ran (UTC).</summary>
    public DateTime EvaluatedOn { get; }

    /// <summary>What to write to the override columns.</summary>
    public OverrideOutcome OverrideOutcome { get; }

    /// <summary>The override's end of validity, when <see cref="OverrideOutcome"/> is <see cref="OverrideOutcome.Recorded"/>.</summary>
    public DateTime? OverrideUntil { get; }

    /// <summary>
    /// The reasons, one per line, as stored: first what the override does (applied, expired or
    /// ignored) when there is one, then the computed reasons; cut to <see cref="ReasonsMaxLength"/>.
    /// </summary>
    public string ReasonsText { get; }

    private static IEnumerable<string> Lines(string? note, IReadOnlyList<string> reasons) =>
        note is null ? reasons : new[] { note }.Concat(reasons);

    // A long override justification must not make the save fail on the column's length.
    private static string Limit(string text) =>
        text.Length <= ReasonsMaxLength ? text : text.Substring(0, ReasonsMaxLength - Ellipsis.Length) + Ellipsis;
}
