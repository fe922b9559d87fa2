using System;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>
/// The server's decision for one save of a concession (spec §4), whatever path it comes by: the state machine
/// (<see cref="ConcessionTransitions"/>), the field rules (<see cref="ConcessionValidator"/>), the level the renewal's
/// total discount needs (<see cref="ConcessionApprovals.RequiredLevel"/>), and, when the save approves, whether the
/// initiating user may: at or above that level today and not the requester. Each change of status is a chain step.
/// </summary>
public static class ConcessionSaveRules
{
    /// <summary>Decides the save.</summary>
    /// <param name="input">The save.</param>
    /// <param name="matrix">The approval matrix.</param>
    /// <returns>What to write, or why it is refused.</returns>
    public static ConcessionSaveOutcome Decide(ConcessionSaveInput input, ApprovalMatrix matrix)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var after = ConcessionState.Of(input.Request, input.RequestedStatus);
        var transition = ConcessionTransitions.Evaluate(input.Before, after);
        var problems = ConcessionValidator.Validate(input.Request, transition.Status, matrix);
        if (problems.Count > 0)
        {
            return new ConcessionSaveOutcome { Problems = problems, Status = transition.Status };
        }

        var required = ConcessionApprovals.RequiredLevel(input.Request, matrix);
        var outcome = new ConcessionSaveOutcome
        {
            Status = transition.Status,
            RequiredLevel = required.Level,
            RequiredReasons = required.Reasons,
            ClearApproval = transition.ClearApproval,
            StampApproval = transition.RequiresApprovalCheck,
            TakesApprovalSequence = transition.RequiresApprovalCheck || (input.Before is { } before && before.RenewalId != input.Request.RenewalId),
            ChainAction = ChainAction(input.Before?.Status, transition),
            Comment = transition.Note ?? string.Join("; ", required.Reasons),
        };
        if (!transition.RequiresApprovalCheck)
        {
            return outcome;
        }

        var decision = ConcessionApprovals.Decide(input.InitiatorLevel, input.InitiatorIsRequester, required.Level);
        return decision.CanApprove
            ? outcome with { Comment = decision.Reason }
            : outcome with { ApprovalRefusal = "This concession cannot be approved by you. " + decision.Reason + " " + string.Join("; ", required.Reasons) + "." };
    }

    private static ApprovalAction? ChainAction(ConcessionStatus? before, ConcessionTransition transition)
    {
        if (before == transition.Status)
        {
            return null;
        }

        return transition.Status switch
        {
            ConcessionStatus.Approved => ApprovalAction.Approved,
            ConcessionStatus.Rejected => ApprovalAction.Rejected,
            ConcessionStatus.Submitted when before == ConcessionStatus.Approved => ApprovalAction.ReturnedToSubmitted,
            ConcessionStatus.Submitted => ApprovalAction.Submitted,
            _ => null,
        };
    }
}
