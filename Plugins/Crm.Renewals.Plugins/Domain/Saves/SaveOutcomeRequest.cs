using System;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>The "log outcome" call's inputs, from a form button, a flow or an integration.</summary>
public sealed record SaveOutcomeRequest
{
    /// <summary>The outcome; null when missing or unknown.</summary>
    public SaveOutcome? Outcome { get; init; }

    /// <summary>The day the outcome happened.</summary>
    public DateTime? OutcomeDate { get; init; }

    /// <summary>ARR kept; required for Saved and Partially saved.</summary>
    public decimal? SavedArr { get; init; }

    /// <summary>Hours spent on the save.</summary>
    public decimal? EffortHours { get; init; }

    /// <summary>Cost of the save effort.</summary>
    public decimal? EffortCost { get; init; }

    /// <summary>Lessons learned.</summary>
    public string? LessonsLearned { get; init; }
}
