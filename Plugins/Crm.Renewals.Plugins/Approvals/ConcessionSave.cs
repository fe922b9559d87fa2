using System;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>Reads one concession save for <see cref="ConcessionSaveRules"/> and writes its outcome into the Target.</summary>
internal static class ConcessionSave
{
    /// <summary>Shared variable carrying the chain step's action (a <c>crr_approvalaction</c> value) to the PostOperation step.</summary>
    public const string ChainActionVariable = "Crm.Renewals.Approvals.ChainAction";

    /// <summary>Shared variable carrying the level the initiating user held (a <c>crr_authoritylevel</c> value), when they held one.</summary>
    public const string ChainLevelVariable = "Crm.Renewals.Approvals.ChainLevel";

    /// <summary>Shared variable carrying the chain step's name (what happened, in two words).</summary>
    public const string ChainNameVariable = "Crm.Renewals.Approvals.ChainName";

    /// <summary>Shared variable carrying the chain step's comment.</summary>
    public const string ChainCommentVariable = "Crm.Renewals.Approvals.ChainComment";

    /// <summary>The save as the domain judges it. Client values of server-only columns are dropped from the Target first.</summary>
    /// <param name="context">The step's context.</param>
    /// <param name="target">The Target, from which client values of server-only columns are removed.</param>
    /// <param name="preImage">The stored row on Update; null on Create.</param>
    /// <param name="renewal">The renewal's other approvals and next approval sequence.</param>
    /// <returns>The save.</returns>
    public static ConcessionSaveInput Read(ILocalPluginContext context, Entity target, Entity? preImage, out RenewalApprovals renewal)
    {
        foreach (var column in ConcessionRows.ServerColumns)
        {
            if (target.Attributes.Remove(column))
            {
                context.Trace("Ignored the client's value of " + column + ": only the server writes it.");
            }
        }

        var row = SavedRow.Merge(target, preImage);
        var initiator = context.PluginExecutionContext.InitiatingUserId;
        var requester = preImage?.GetAttributeValue<EntityReference>(Concession.RequestedBy)?.Id ?? initiator;
        renewal = ApprovedDiscounts.OnRenewal(context, row.GetAttributeValue<EntityReference>(Concession.RenewalOpportunity)?.Id, target.Id);
        return new ConcessionSaveInput(ConcessionRows.ToRequest(row, renewal.OtherApprovedDiscountPercent))
        {
            Before = preImage is null ? null : ConcessionRows.ToState(preImage),
            RequestedStatus = ConcessionOptions.StatusOf(row.GetAttributeValue<OptionSetValue>(Concession.ConcessionStatus)),
            InitiatorLevel = AuthorityRows.LevelOn(context, initiator, context.Clock.UtcNow),
            InitiatorIsRequester = requester == initiator,
        };
    }

    /// <summary>Refuses the save, or writes status, required level, requester and approval stamp into the Target.</summary>
    /// <exception cref="InvalidPluginExecutionException">A field problem, or an approval the initiating user may not give.</exception>
    public static void Write(ILocalPluginContext context, Entity target, ConcessionSaveInput save, RenewalApprovals renewal, ConcessionSaveOutcome outcome)
    {
        if (outcome.Problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(ConcessionProblemText.Describe(outcome.Problems));
        }

        if (outcome.ApprovalRefusal is string refusal)
        {
            throw new InvalidPluginExecutionException(refusal);
        }

        var execution = context.PluginExecutionContext;
        var initiator = new EntityReference(SystemUser.EntityLogicalName, execution.InitiatingUserId);
        if (execution.MessageName == Registration.SdkMessageNames.Create)
        {
            target[Concession.RequestedBy] = initiator;
        }

        target[Concession.ConcessionStatus] = ConcessionOptions.ToOptionSetValue(outcome.Status);
        target[Concession.RequiredLevel] = ConcessionOptions.ToOptionSetValue(outcome.RequiredLevel);
        if (outcome.StampApproval)
        {
            target[Concession.ApprovedBy] = initiator;
            target[Concession.ApprovedOn] = context.Clock.UtcNow;
        }
        else if (outcome.ClearApproval)
        {
            target[Concession.ApprovedBy] = null;
            target[Concession.ApprovedOn] = null;
        }

        if (outcome.TakesApprovalSequence)
        {
            target[Concession.ApprovalSequence] = renewal.NextApprovalSequence;
        }

        if (outcome.ChainAction is ApprovalAction action)
        {
            execution.SharedVariables[ChainActionVariable] = ConcessionOptions.ToOptionSetValue(action).Value;
            execution.SharedVariables[ChainNameVariable] = action == ApprovalAction.ReturnedToSubmitted ? "Back to Submitted" : action.ToString();
            execution.SharedVariables[ChainCommentVariable] = outcome.Comment;
            if (save.InitiatorLevel is AuthorityLevel held)
            {
                execution.SharedVariables[ChainLevelVariable] = ConcessionOptions.ToOptionSetValue(held).Value;
            }
        }

        context.Trace("Concession " + outcome.Status + ", requires " + AuthorityLevels.DisplayName(outcome.RequiredLevel) + ".");
    }
}
