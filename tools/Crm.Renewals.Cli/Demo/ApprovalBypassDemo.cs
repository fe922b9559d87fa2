using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// Attempts to get a concession approved beyond someone's authority, each on its own renewal, through the pipeline as
/// the users who would try it; printed as a table of attempts and of attempts that got through (expected: none).
/// </summary>
internal static class ApprovalBypassDemo
{
    private const string Indent = "    ";
    private const int SplitCount = 5;
    private const int DelegationDays = 10;
    private const string CsmRole = "Renewals CSM";
    private const string ManagerRole = "Renewals Manager";
    private static readonly Guid RivalStepId = new("0c7e2f4a-9b1d-4e63-a8f5-3d2c1b0a9e87");
    private static readonly Guid SystemApproverStepId = new("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");

    /// <summary>Runs the attempts and writes the table.</summary>
    public static void Write(TextWriter output, OrganizationEmulator organization, ApprovalDesk desk, ApprovalCast cast, Queue<EntityReference> renewals)
    {
        var today = organization.Clock.Today;
        var attempts = new List<(string What, bool GotThrough)>
        {
            ("under-level approval: a manager approves 20%", UnderLevel(desk, cast, renewals.Dequeue())),
            ("self-approval: a manager approves the 5% they asked for", SelfApproval(desk, cast, renewals.Dequeue())),
            ("five 5% requests, each approved with CSM authority", Splits(desk, cast, renewals.Dequeue())),
            ("import: a 5% concession created already Approved", CreatedApproved(desk, cast, renewals.Dequeue())),
            ("approved by set directly to the director", ApprovedBySet(desk, cast, renewals.Dequeue())),
            ("change after approval: 5% raised to 25%", ChangedAfterApproval(desk, cast, renewals.Dequeue())),
            ("sunset waived on 12%, approved by a manager", WaiverByManager(desk, cast, renewals.Dequeue())),
            ("expired delegation to Director", Delegated(organization, desk, cast, renewals.Dequeue(), today.AddDays(-DelegationDays), today.AddDays(-1))),
            ("future delegation to Director", Delegated(organization, desk, cast, renewals.Dequeue(), today.AddDays(1), today.AddDays(DelegationDays))),
            ("two approvals at the same moment: 5% each with CSM authority", AtTheSameMoment(organization, desk, cast, renewals.Dequeue())),
            ("bulk update: five 5% approved in one batch with CSM authority", BulkSplits(desk, cast, renewals.Dequeue())),
            ("a plugin running as SYSTEM approves when the requester edits the renewal", SystemPlugin(organization, desk, cast, renewals.Dequeue())),
            ("self-granted authority: a CSM (solution role only) makes themselves Executive", SelfGranted(organization, desk)),
            ("chain row edited: a manager (solution role only) rewrites an approval step to Executive", ChainEdited(organization)),
            ("chain row deleted: a System Administrator deletes an approval step", ChainDeleted(organization)),
            ("delegation above one's own level: a manager lends Director", desk.Delegate(cast.Manager.User, cast.OtherManager.User, AuthorityLevel.Director, today.AddDays(DelegationDays)) is null),
            ("a delegate delegates on: Director lent to a manager, who lends it on", DelegatedOn(desk, cast, today.AddDays(DelegationDays))),
        };
        output.WriteLine(Indent + "Bypass attempts (each as the user who would try it):");
        foreach (var (what, gotThrough) in attempts)
        {
            output.WriteLine(Indent + Indent + (gotThrough ? "GOT THROUGH  " : "refused      ") + what);
        }

        output.WriteLine(Indent + "attempts tried " + attempts.Count + ", attempts that got through " + attempts.Count(attempt => attempt.GotThrough));
    }

    private static bool UnderLevel(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal) =>
        Submitted(desk, cast, renewal, 20m) is Guid id && Approved(desk, cast.Manager.User, id);

    private static bool SelfApproval(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal)
    {
        var (id, _) = desk.Create(cast.Manager.User, ApprovalDesk.Discount(renewal, 5m));
        return id is Guid created && Approved(desk, cast.Manager.User, created);
    }

    // The first 5 % is within CSM authority; any further one approved by the CSM approver got through.
    private static bool Splits(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal)
    {
        var approved = 0;
        for (var index = 0; index < SplitCount; index++)
        {
            if (Submitted(desk, cast, renewal, 5m) is Guid id && Approved(desk, cast.CsmApprover.User, id))
            {
                approved++;
            }
        }

        return approved > 1;
    }

    private static bool CreatedApproved(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal) =>
        desk.Create(cast.Director.User, ApprovalDesk.Discount(renewal, 5m, status: ConcessionStatusChoice.Approved)).Id is not null;

    private static bool ApprovedBySet(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal)
    {
        if (Submitted(desk, cast, renewal, 20m) is not Guid id)
        {
            return false;
        }

        desk.Update(cast.Requester.User, id, Concession.ApprovedBy, cast.Director.User);
        return desk.ApprovedBy(id) is not null || desk.IsApproved(id);
    }

    private static bool ChangedAfterApproval(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal)
    {
        if (Submitted(desk, cast, renewal, 5m) is not Guid id || desk.Approve(cast.Manager.User, id) is not null)
        {
            return false;
        }

        desk.Update(cast.Requester.User, id, Concession.Sunset, "year 1 only");
        desk.Update(cast.Requester.User, id, Concession.DiscountPercent, 25m);
        return desk.IsApproved(id);
    }

    private static bool WaiverByManager(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal)
    {
        var concession = ApprovalDesk.Discount(renewal, 12m);
        concession[Concession.Sunset] = null;
        concession[Concession.SunsetWaived] = true;
        var (id, _) = desk.Create(cast.Requester.User, concession);
        return id is Guid created && Approved(desk, cast.Manager.User, created);
    }

    private static bool Delegated(OrganizationEmulator organization, ApprovalDesk desk, ApprovalCast cast, EntityReference renewal, DateTime from, DateTime to)
    {
        var delegation = DemoUsers.Grant(organization, cast.OtherManager.User, AuthorityLevel.Director, from, to);
        var gotThrough = Submitted(desk, cast, renewal, 20m) is Guid id && Approved(desk, cast.OtherManager.User, id);
        organization.Service.Delete(ApprovalAuthority.EntityLogicalName, delegation);
        return gotThrough;
    }

    private static bool AtTheSameMoment(OrganizationEmulator organization, ApprovalDesk desk, ApprovalCast cast, EntityReference renewal)
    {
        if (Submitted(desk, cast, renewal, 5m) is not Guid first || Submitted(desk, cast, renewal, 5m) is not Guid rival)
        {
            return false;
        }

        organization.RegisterStep(new StepRegistration(RivalStepId, typeof(DemoRivalApproverPlugin), SdkMessageNames.Update, Concession.EntityLogicalName, PipelineStage.PreOperation, rank: 2)
        {
            UnsecureConfiguration = first.ToString("D") + ";" + rival.ToString("D"),
        });
        desk.Approve(cast.CsmApprover.User, first);
        return desk.IsApproved(first) && desk.IsApproved(rival);
    }

    private static bool BulkSplits(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal)
    {
        var ids = Enumerable.Range(0, SplitCount).Select(_ => Submitted(desk, cast, renewal, 5m)).OfType<Guid>().ToArray();
        desk.ApproveInOneBatch(cast.CsmApprover.User, ids);
        return ids.Count(desk.IsApproved) > 1;
    }

    private static bool SystemPlugin(OrganizationEmulator organization, ApprovalDesk desk, ApprovalCast cast, EntityReference renewal)
    {
        if (Submitted(desk, cast, renewal, 5m) is not Guid id)
        {
            return false;
        }

        organization.RegisterStep(new StepRegistration(SystemApproverStepId, typeof(DemoSystemApproverPlugin), SdkMessageNames.Update, Opportunity.EntityLogicalName, PipelineStage.PostOperation)
        {
            UnsecureConfiguration = renewal.Id.ToString("D"),
        });
        ApprovalDesk.Refused(() => organization.ServiceFor(cast.Requester.User).Update(new Entity(Opportunity.EntityLogicalName, renewal.Id) { [Opportunity.Description] = "Negotiating." }));
        return desk.IsApproved(id);
    }

    private static bool SelfGranted(OrganizationEmulator organization, ApprovalDesk desk)
    {
        var csm = DemoUsers.WithSolutionRole(organization, "Sam Selfgrant", CsmRole);
        return desk.Create(csm, new Entity(ApprovalAuthority.EntityLogicalName)
        {
            [ApprovalAuthority.Name] = "Self-granted Executive",
            [ApprovalAuthority.User] = csm,
            [ApprovalAuthority.Level] = ConcessionOptions.ToOptionSetValue(AuthorityLevel.Executive),
            [ApprovalAuthority.IsActive] = true,
        }).Id is not null;
    }

    private static bool ChainEdited(OrganizationEmulator organization)
    {
        var manager = DemoUsers.WithSolutionRole(organization, "Rene Rewrite", ManagerRole);
        var approved = ConcessionOptions.ToOptionSetValue(ApprovalAction.Approved).Value;
        var step = organization.Rows(ConcessionApprovalStep.EntityLogicalName).First(row => row.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Action)?.Value == approved);
        var executive = ConcessionOptions.ToOptionSetValue(AuthorityLevel.Executive);
        ApprovalDesk.Refused(() => organization.ServiceFor(manager).Update(new Entity(ConcessionApprovalStep.EntityLogicalName, step.Id) { [ConcessionApprovalStep.Level] = executive }));
        return organization.Find(ConcessionApprovalStep.EntityLogicalName, step.Id)?.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Level)?.Value == executive.Value
            && step.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Level)?.Value != executive.Value;
    }

    private static bool ChainDeleted(OrganizationEmulator organization)
    {
        var approved = ConcessionOptions.ToOptionSetValue(ApprovalAction.Approved).Value;
        var step = organization.Rows(ConcessionApprovalStep.EntityLogicalName).First(row => row.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Action)?.Value == approved);
        ApprovalDesk.Refused(() => organization.Service.Delete(step.LogicalName, step.Id));
        return organization.Find(step.LogicalName, step.Id) is null;
    }

    private static bool DelegatedOn(ApprovalDesk desk, ApprovalCast cast, DateTime until) =>
        desk.Delegate(cast.Director.User, cast.Manager.User, AuthorityLevel.Director, until) is null
        && desk.Delegate(cast.Manager.User, cast.OtherManager.User, AuthorityLevel.Director, until) is null;

    // What counts is the stored status after the attempt, not whether the call threw.
    private static bool Approved(ApprovalDesk desk, EntityReference user, Guid concession)
    {
        desk.Approve(user, concession);
        return desk.IsApproved(concession);
    }

    private static Guid? Submitted(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal, decimal percent) =>
        desk.Create(cast.Requester.User, ApprovalDesk.Discount(renewal, percent)).Id;
}
