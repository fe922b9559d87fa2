using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Model;
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

    // What counts is the stored status after the attempt, not whether the call threw.
    private static bool Approved(ApprovalDesk desk, EntityReference user, Guid concession)
    {
        desk.Approve(user, concession);
        return desk.IsApproved(concession);
    }

    private static Guid? Submitted(ApprovalDesk desk, ApprovalCast cast, EntityReference renewal, decimal percent) =>
        desk.Create(cast.Requester.User, ApprovalDesk.Discount(renewal, percent)).Id;
}
