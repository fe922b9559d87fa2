using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>The level a concession needs and, item by item, why.</summary>
public sealed class RequiredApproval
{
    /// <summary>Creates the result.</summary>
    /// <param name="level">The highest level among the items.</param>
    /// <param name="reasons">One reason per item, e.g. "Total discount 12% on this renewal requires Manager".</param>
    public RequiredApproval(AuthorityLevel level, IReadOnlyList<string> reasons)
    {
        Level = level;
        Reasons = reasons ?? throw new ArgumentNullException(nameof(reasons));
    }

    /// <summary>The highest level among the concession's items.</summary>
    public AuthorityLevel Level { get; }

    /// <summary>One reason per item, in a stable order.</summary>
    public IReadOnlyList<string> Reasons { get; }
}
