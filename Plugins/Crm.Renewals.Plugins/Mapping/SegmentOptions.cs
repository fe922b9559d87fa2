using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>Maps <see cref="AccountSegment"/> to the values of the global choice <c>crr_segment</c> (<see cref="SegmentChoice"/>) and back.</summary>
public static class SegmentOptions
{
    /// <summary>Every segment, in the order of the choice (e.g. to build one query condition per segment).</summary>
    public static IReadOnlyList<AccountSegment> All { get; } = new[] { AccountSegment.Enterprise, AccountSegment.MidMarket, AccountSegment.Smb };

    /// <summary>The option value of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>Its value in <see cref="SegmentChoice"/>.</returns>
    public static int ToValue(AccountSegment segment) => segment switch
    {
        AccountSegment.Enterprise => SegmentChoice.Enterprise,
        AccountSegment.MidMarket => SegmentChoice.MidMarket,
        AccountSegment.Smb => SegmentChoice.SMB,
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "This segment has no option in the Segment choice."),
    };

    /// <summary>The segment a choice column holds.</summary>
    /// <param name="value">The column's value, or null.</param>
    /// <returns>The segment; null when the column is empty or holds a value this assembly does not know, which the renewal domain refuses with what to fix.</returns>
    public static AccountSegment? FromOptionSetValue(OptionSetValue? value) => value?.Value switch
    {
        SegmentChoice.Enterprise => AccountSegment.Enterprise,
        SegmentChoice.MidMarket => AccountSegment.MidMarket,
        SegmentChoice.SMB => AccountSegment.Smb,
        _ => null,
    };
}
