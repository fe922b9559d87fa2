using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>
/// The concession state machine on the server (spec §4): changing the amount, type, custom-deal
/// flag, sunset, sunset waiver, tie-to or renewal of an approved concession sends it back to Submitted and
/// clears the approval (each of them is part of what the approver agreed to), whatever status the same save asked for; any save that makes it Approved needs the
/// approval check; leaving Approved clears the approval.
/// </summary>
public static class ConcessionTransitions
{
    /// <summary>Decides the transition of one save.</summary>
    /// <param name="before">The stored state (pre-image), or null on create.</param>
    /// <param name="after">The state the save asks for (pre-image merged with the changes).</param>
    /// <returns>The status to store and what else to do.</returns>
    public static ConcessionTransition Evaluate(ConcessionState? before, ConcessionState after)
    {
        var wasApproved = before?.Status == ConcessionStatus.Approved;
        if (wasApproved)
        {
            var changes = MaterialChanges(before!, after);
            if (changes.Count > 0)
            {
                return new ConcessionTransition
                {
                    Status = ConcessionStatus.Submitted,
                    ClearApproval = true,
                    Note = DomainText.Capitalize(DomainText.List(changes)) + " after approval: the concession is back to Submitted and needs a new approval.",
                };
            }
        }

        if (after.Status == ConcessionStatus.Approved)
        {
            return new ConcessionTransition { Status = ConcessionStatus.Approved, RequiresApprovalCheck = !wasApproved };
        }

        return new ConcessionTransition
        {
            Status = after.Status,
            ClearApproval = wasApproved,
            Note = wasApproved ? "Approval withdrawn: the concession is now " + after.Status + "." : null,
        };
    }

    private static List<string> MaterialChanges(ConcessionState before, ConcessionState after)
    {
        var changes = new List<string>();
        if (before.Type != after.Type)
        {
            changes.Add("the type changed from " + Show(before.Type) + " to " + Show(after.Type));
        }

        if ((before.DiscountPercent ?? 0m) != (after.DiscountPercent ?? 0m))
        {
            changes.Add("the discount changed from " + DomainText.Percent(before.DiscountPercent ?? 0m) + " to " + DomainText.Percent(after.DiscountPercent ?? 0m));
        }

        if (before.IsCustomDeal != after.IsCustomDeal)
        {
            changes.Add(after.IsCustomDeal ? "it was flagged as a custom deal" : "its custom deal flag was removed");
        }

        if (Text(before.Sunset) != Text(after.Sunset))
        {
            changes.Add("the sunset changed");
        }

        if (before.SunsetWaived != after.SunsetWaived)
        {
            changes.Add(after.SunsetWaived ? "the sunset was waived" : "the sunset waiver was removed");
        }

        if (Text(before.TiedTo) != Text(after.TiedTo))
        {
            changes.Add("what the discount is tied to changed");
        }

        if (before.RenewalId != after.RenewalId)
        {
            changes.Add(after.RenewalId is null ? "it was taken off its renewal" : "it was moved to another renewal");
        }

        return changes;
    }

    // A form sends "" where the Web API sends null, and trailing blanks are not a different agreement.
    private static string Text(string? value) => value?.Trim() ?? string.Empty;

    private static string Show(ConcessionType? type) => type is ConcessionType known ? ConcessionTypes.DisplayName(known) : "none";
}
