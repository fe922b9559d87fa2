using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>The result of one risk evaluation: category, score and the reasons in plain words.</summary>
public sealed class RiskAssessment
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="category">The computed category.</param>
    /// <param name="score">The risk score 0–100 (see <see cref="RiskScore"/>).</param>
    /// <param name="reasons">The reasons, in a stable order.</param>
    /// <param name="flags">The red flags raised, in <see cref="RiskFlag"/> order.</param>
    public RiskAssessment(RiskCategory category, int score, IReadOnlyList<string> reasons, IReadOnlyList<RiskFlag> flags)
    {
        Category = category;
        Score = score;
        Reasons = reasons ?? throw new ArgumentNullException(nameof(reasons));
        Flags = flags ?? throw new ArgumentNullException(nameof(flags));
    }

    /// <summary>The computed category.</summary>
    public RiskCategory Category { get; }

    /// <summary>The risk score 0–100, higher = riskier.</summary>
    public int Score { get; }

    /// <summary>
    /// The reasons in plain words: first the red flags in signal-table order, then the warnings
    /// that are not flags (middling health, mixed signals), then, for Green and Expansion, what
    /// makes the account healthy. Never empty.
    /// </summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The red flags raised.</summary>
    public IReadOnlyList<RiskFlag> Flags { get; }

    /// <summary>The reasons as one text, one per line, for a memo column.</summary>
    public string ReasonsText => string.Join("\n", Reasons);
}
