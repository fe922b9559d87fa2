namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>What the server does with a concession's status on a save.</summary>
public sealed record ConcessionTransition
{
    /// <summary>The status to store.</summary>
    public ConcessionStatus Status { get; init; }

    /// <summary>Clear "approved by" and "approved on".</summary>
    public bool ClearApproval { get; init; }

    /// <summary>The save approves the concession: check the initiating user's authority and stamp "approved by/on".</summary>
    public bool RequiresApprovalCheck { get; init; }

    /// <summary>Plain words for the approval history, or null when nothing notable happened.</summary>
    public string? Note { get; init; }
}
