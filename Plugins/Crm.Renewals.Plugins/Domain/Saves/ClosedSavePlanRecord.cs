using System;
using Crm.Renewals.Plugins.Domain.Renewals;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>A closed save plan, for success rate, ROI, retention and time to save.</summary>
public sealed record ClosedSavePlanRecord
{
    /// <summary>The account's segment, or null when unknown (counted in the overall figures only).</summary>
    public AccountSegment? Segment { get; init; }

    /// <summary>The outcome.</summary>
    public SaveOutcome Outcome { get; init; }

    /// <summary>The outcome date: the plan counts in a period that contains it.</summary>
    public DateTime OutcomeDate { get; init; }

    /// <summary>ARR saved.</summary>
    public decimal SavedArr { get; init; }

    /// <summary>Cost of the save effort.</summary>
    public decimal EffortCost { get; init; }

    /// <summary>Days from opening to outcome.</summary>
    public int TimeToSaveDays { get; init; }

    /// <summary>For a saved account: how its next renewal went, or null when there is none yet.</summary>
    public NextRenewalResult? NextRenewal { get; init; }

    /// <summary>True for Saved and Partially saved.</summary>
    public bool IsSaved => Outcome is SaveOutcome.Saved or SaveOutcome.PartiallySaved;
}
