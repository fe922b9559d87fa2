using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// The approval part of the demo: a renewal negotiation through the concession gate (a CSM asks 5 %, then 8 % more,
/// which makes 13 % and needs a manager; a director approves 20 % with a sunset; an executive approves 30 % with a
/// rationale), each refusal printed with its reason; then the bypass attempts of <see cref="ApprovalBypassDemo"/>.
/// </summary>
internal static class ApprovalDemo
{
    private const string Indent = "    ";
    private const int RenewalsUsed = 15;

    /// <summary>Runs the negotiation and the bypass attempts and writes what happened.</summary>
    public static void Write(TextWriter output, OrganizationEmulator organization, DemoUsers users)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(users);
        var renewals = new Queue<EntityReference>(organization.Rows(Opportunity.EntityLogicalName)
            .Where(row => row.GetAttributeValue<bool>(Opportunity.IsRenewal) && row.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value == OpportunityStateCodeChoice.Open)
            .OrderBy(row => row.GetAttributeValue<string>(Opportunity.Name), StringComparer.Ordinal)
            .Take(RenewalsUsed)
            .Select(row => new EntityReference(row.LogicalName, row.Id) { Name = row.GetAttributeValue<string>(Opportunity.Name) }));
        output.WriteLine();
        if (renewals.Count < RenewalsUsed)
        {
            output.WriteLine("Approvals: skipped, the demo year left fewer than " + RenewalsUsed + " open renewals to negotiate.");
            return;
        }

        var cast = new ApprovalCast(users);
        var desk = new ApprovalDesk(organization);
        output.WriteLine("Approvals: a renewal negotiation through the concession gate (every step a save by the user named)");
        Negotiate(output, desk, cast, renewals.Dequeue(), renewals.Dequeue(), renewals.Dequeue());
        ApprovalBypassDemo.Write(output, organization, desk, cast, renewals);
    }

    private static void Negotiate(TextWriter output, ApprovalDesk desk, ApprovalCast cast, EntityReference first, EntityReference second, EntityReference third)
    {
        output.WriteLine(Indent + first.Name);
        var five = Submit(output, desk, cast.Requester, ApprovalDesk.Discount(first, 5m), "asks 5%");
        Approve(output, desk, cast.CsmApprover, five);
        // The sunset rule is judged on the renewal's total, so the 8 % that takes it above 10 % carries one.
        var eightPercent = ApprovalDesk.Discount(first, 8m);
        eightPercent[Concession.Sunset] = "year 1 only";
        var eight = Submit(output, desk, cast.Requester, eightPercent, "asks 8% more for year 1 only (13% in total)");
        Approve(output, desk, cast.CsmApprover, eight);
        Approve(output, desk, cast.Manager, eight);

        output.WriteLine(Indent + second.Name);
        var twenty = Submit(output, desk, cast.Requester, ApprovalDesk.Discount(second, 20m), "asks 20% for year 1 only");
        Approve(output, desk, cast.Manager, twenty);
        Approve(output, desk, cast.Director, twenty);

        output.WriteLine(Indent + third.Name);
        Submit(output, desk, cast.Requester, ApprovalDesk.Discount(third, 30m, complete: false), "asks 30% without a rationale");
        var thirty = Submit(output, desk, cast.Requester, ApprovalDesk.Discount(third, 30m), "asks 30% with rationale, churn risk and alternatives");
        Approve(output, desk, cast.Vp, thirty);
        Approve(output, desk, cast.Executive, thirty);
    }

    private static Guid? Submit(TextWriter output, ApprovalDesk desk, (string Level, EntityReference User) who, Entity concession, string what)
    {
        var (id, refusal) = desk.Create(who.User, concession);
        output.WriteLine(Indent + Indent + Person(who) + " " + what + ": " + (refusal is null ? "submitted" : "REFUSED. " + refusal));
        return id;
    }

    private static void Approve(TextWriter output, ApprovalDesk desk, (string Level, EntityReference User) who, Guid? concession)
    {
        if (concession is not Guid id)
        {
            return;
        }

        var refusal = desk.Approve(who.User, id);
        output.WriteLine(Indent + Indent + Person(who) + " approves: " + (refusal is null ? "approved (" + desk.ChainLength(id) + " steps in its approval chain)" : "REFUSED. " + refusal));
    }

    private static string Person((string Level, EntityReference User) who) => who.User.Name + " (" + who.Level + ")";
}
