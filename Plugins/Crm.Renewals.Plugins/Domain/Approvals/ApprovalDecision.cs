using System;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>Whether a user may approve a concession, with the reason the form shows.</summary>
public sealed class ApprovalDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="canApprove">True when the user may approve.</param>
    /// <param name="reason">Why, e.g. "Requires Director; you are a Manager".</param>
    public ApprovalDecision(bool canApprove, string reason)
    {
        CanApprove = canApprove;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>True when the user may approve.</summary>
    public bool CanApprove { get; }

    /// <summary>Why, in words the user understands.</summary>
    public string Reason { get; }
}
