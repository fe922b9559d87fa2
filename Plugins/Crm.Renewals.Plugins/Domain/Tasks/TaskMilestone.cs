namespace Crm.Renewals.Plugins.Domain.Tasks;

/// <summary>What a generated task is for; every task the domain plans carries one.</summary>
public enum TaskMilestone
{
    /// <summary>T-120: internal readiness review.</summary>
    ReadinessReview,

    /// <summary>T-90: renewal kickoff.</summary>
    RenewalKickoff,

    /// <summary>T-60: customer engagement.</summary>
    CustomerEngagement,

    /// <summary>T-45: proposal.</summary>
    Proposal,

    /// <summary>T-30: proposal presentation and negotiation.</summary>
    ProposalPresentation,

    /// <summary>T-14: final negotiation and contract.</summary>
    FinalNegotiation,

    /// <summary>T-7: final push.</summary>
    FinalPush,

    /// <summary>T-0: renewal day.</summary>
    RenewalDay,

    /// <summary>A renewal generated after some milestones had passed: catch up now.</summary>
    LateStart,

    /// <summary>Immediate review meeting for a Red account.</summary>
    RedAccountReview,

    /// <summary>Win-back contact months after a customer left.</summary>
    WinBack,

    /// <summary>Weekly health check during post-save monitoring.</summary>
    PostSaveHealthCheck,
}
