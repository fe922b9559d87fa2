namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>A step of a concession's approval chain (a <c>crr_concessionapprovalstep</c> row).</summary>
public enum ApprovalAction
{
    /// <summary>Submitted for approval.</summary>
    Submitted,

    /// <summary>Approved.</summary>
    Approved,

    /// <summary>Rejected.</summary>
    Rejected,

    /// <summary>Sent back to Submitted (changed after approval, or approval withdrawn).</summary>
    ReturnedToSubmitted,
}
