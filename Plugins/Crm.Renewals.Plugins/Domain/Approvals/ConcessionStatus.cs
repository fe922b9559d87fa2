namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>Status of a concession.</summary>
public enum ConcessionStatus
{
    /// <summary>Being written; may be incomplete.</summary>
    Draft,

    /// <summary>Complete and waiting for approval.</summary>
    Submitted,

    /// <summary>Approved by someone with enough authority.</summary>
    Approved,

    /// <summary>Rejected.</summary>
    Rejected,
}
