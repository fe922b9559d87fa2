using System;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>What a save plan's sizing is derived from, as stored or as the save sets it.</summary>
public sealed record SavePlanFacts
{
    /// <summary>The account's ARR the plan protects; null when unknown (counted as no value).</summary>
    public decimal? Arr { get; init; }

    /// <summary>The account is a strategic logo.</summary>
    public bool IsStrategicLogo { get; init; }

    /// <summary>The account is a reference customer.</summary>
    public bool IsReference { get; init; }

    /// <summary>The account has growth potential.</summary>
    public bool HasGrowthPotential { get; init; }

    /// <summary>The CSM's save probability; null until judged.</summary>
    public SaveProbability? Probability { get; init; }

    /// <summary>Days to renewal when the plan started, once stored; it does not change as days pass.</summary>
    public int? DaysToRenewalAtStart { get; init; }

    /// <summary>The renewal date (the contract's end), from which a new plan's days to renewal are counted.</summary>
    public DateTime? RenewalDate { get; init; }

    /// <summary>True when any strategic flag is set: high value whatever the ARR.</summary>
    public bool IsStrategic => IsStrategicLogo || IsReference || HasGrowthPotential;
}
