using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>How a save plan is run: effort, time mode, escalation, with reasons in plain words.</summary>
public sealed record SaveAssessment
{
    /// <summary>The account's value band.</summary>
    public AccountValue Value { get; init; }

    /// <summary>The probability used (medium when none was given).</summary>
    public SaveProbability Probability { get; init; }

    /// <summary>Effort level from value × probability.</summary>
    public EffortLevel Effort { get; init; }

    /// <summary>Time mode from days to renewal.</summary>
    public TimeMode TimeMode { get; init; }

    /// <summary>Executive escalation is suggested.</summary>
    public bool ExecutiveEscalationSuggested { get; init; }

    /// <summary>Why, one reason per decision.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = Array.Empty<string>();
}
