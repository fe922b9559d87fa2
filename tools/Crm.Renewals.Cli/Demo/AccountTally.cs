using System;
using System.Collections.Generic;

namespace Crm.Renewals.Cli.Demo;

/// <summary>Seeded accounts by segment and by the signal profile they were drawn with.</summary>
internal sealed class AccountTally
{
    public int Count { get; private set; }

    public SortedDictionary<string, int> BySegment { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<SignalProfile, int> ByProfile { get; } = [];

    public void Add(string segment, SignalProfile profile)
    {
        Count++;
        BySegment[segment] = BySegment.GetValueOrDefault(segment) + 1;
        ByProfile[profile] = ByProfile.GetValueOrDefault(profile) + 1;
    }
}
