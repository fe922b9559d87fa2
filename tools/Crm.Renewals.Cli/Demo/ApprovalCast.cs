using System.Linq;
using Crm.Renewals.Plugins.Domain.Approvals;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>The approval demo's people, picked from the demo's users by their authority level.</summary>
internal sealed class ApprovalCast
{
    public ApprovalCast(DemoUsers users)
    {
        (string Level, EntityReference User)[] At(AuthorityLevel level) =>
            users.Approvers.Where(approver => approver.Level == AuthorityLevels.DisplayName(level)).ToArray();
        var csms = At(AuthorityLevel.Csm);
        var managers = At(AuthorityLevel.Manager);
        Requester = csms[0];
        CsmApprover = csms[1];
        Manager = managers[0];
        OtherManager = managers[1];
        Director = At(AuthorityLevel.Director)[0];
        Vp = At(AuthorityLevel.Vp)[0];
        Executive = At(AuthorityLevel.Executive)[0];
    }

    /// <summary>The CSM who negotiates the renewals and asks for every concession.</summary>
    public (string Level, EntityReference User) Requester { get; }

    /// <summary>Another CSM, who may approve within the CSM band.</summary>
    public (string Level, EntityReference User) CsmApprover { get; }

    public (string Level, EntityReference User) Manager { get; }

    /// <summary>A manager who is given dated delegations in the bypass attempts.</summary>
    public (string Level, EntityReference User) OtherManager { get; }

    public (string Level, EntityReference User) Director { get; }

    public (string Level, EntityReference User) Vp { get; }

    public (string Level, EntityReference User) Executive { get; }
}
