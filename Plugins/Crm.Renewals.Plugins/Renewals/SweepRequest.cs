using System;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>The request parameters of <c>crr_GenerateRenewals</c>, all optional.</summary>
internal sealed class SweepRequest
{
    public SweepRequest(DateTime? asOf, string? continuation, int? pageSize)
    {
        AsOf = asOf;
        Continuation = continuation;
        PageSize = pageSize;
    }

    /// <summary>The day to generate for; null for today. A continuation carries its own day, which wins.</summary>
    public DateTime? AsOf { get; }

    /// <summary>The previous call's continuation; null or empty to start a new sweep.</summary>
    public string? Continuation { get; }

    /// <summary>Contracts to process in this call; null for the default.</summary>
    public int? PageSize { get; }
}
