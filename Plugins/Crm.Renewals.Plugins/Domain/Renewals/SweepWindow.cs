using System;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// The contracts one daily sweep has to read: active contracts whose end date lies from
/// <see cref="FromEndDate"/> to <see cref="ToEndDate"/> (inclusive). Anything ending later cannot be
/// due under any lead time, so a million-contract org reads only the few thousand candidates.
/// </summary>
public sealed record SweepWindow
{
    /// <summary>The day the sweep runs for.</summary>
    public DateTime AsOf { get; init; }

    /// <summary>Earliest end date to read (the sweep's day: contracts already ended are no longer renewed by the sweep).</summary>
    public DateTime FromEndDate { get; init; }

    /// <summary>Latest end date to read: the sweep's day plus the longest lead time.</summary>
    public DateTime ToEndDate { get; init; }
}
