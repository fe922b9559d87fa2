using System;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>Writes <c>crr_concessionapprovalstep</c> rows from what <see cref="ConcessionSave"/> left in the shared variables.</summary>
internal static class ApprovalChain
{
    /// <summary>The refusal of a direct change to a chain step.</summary>
    public const string ChangeRefused = "Approval chain steps cannot be changed: they record who submitted, approved, rejected or "
        + "reset a concession, and when. To change a concession's state, edit the concession; its chain records the change.";

    /// <summary>Refuses an Update of a step that comes from outside (depth 1); a change made by server code runs deeper.</summary>
    /// <exception cref="InvalidPluginExecutionException">The change comes from outside.</exception>
    public static void RefuseDirectChange(ILocalPluginContext context)
    {
        if (context.PluginExecutionContext.Depth <= 1)
        {
            throw new InvalidPluginExecutionException(ChangeRefused);
        }

        context.Trace("A change of a chain step at depth " + context.PluginExecutionContext.Depth + " (server code): allowed.");
    }

    /// <summary>The refusal of a direct delete of a chain step.</summary>
    public const string DeleteRefused = "Approval chain steps cannot be deleted: they record who submitted, approved, rejected or "
        + "reset a concession, and when. Deleting the concession removes its chain with it.";

    /// <summary>
    /// Refuses a Delete of a step unless it is the platform's cascade of deleting its concession (a Delete of
    /// <c>crr_concession</c> up the ParentContext chain); deleting a step on its own would rewrite the record.
    /// </summary>
    /// <exception cref="InvalidPluginExecutionException">The delete is not part of deleting the concession.</exception>
    public static void RefuseDirectDelete(ILocalPluginContext context)
    {
        for (var parent = context.PluginExecutionContext.ParentContext; parent is not null; parent = parent.ParentContext)
        {
            if (parent.MessageName == Registration.SdkMessageNames.Delete && parent.PrimaryEntityName == Concession.EntityLogicalName)
            {
                context.Trace("Deleting the step with its concession " + parent.PrimaryEntityId + ": allowed.");
                return;
            }
        }

        throw new InvalidPluginExecutionException(DeleteRefused);
    }

    /// <summary>Writes the step of this save, if the gate decided one.</summary>
    /// <param name="context">The PostOperation step's context.</param>
    /// <param name="concessionId">The concession (on Create, the id the platform gave it).</param>
    public static void WriteStep(ILocalPluginContext context, Guid concessionId)
    {
        var execution = context.PluginExecutionContext;
        if (!execution.SharedVariables.TryGetValue(ConcessionSave.ChainActionVariable, out var action))
        {
            context.Trace("No change of status: no chain step.");
            return;
        }

        var id = concessionId == Guid.Empty ? (Guid)execution.OutputParameters[ParameterNames.Id] : concessionId;
        var step = new Entity(ConcessionApprovalStep.EntityLogicalName)
        {
            [ConcessionApprovalStep.Name] = execution.SharedVariables[ConcessionSave.ChainNameVariable],
            [ConcessionApprovalStep.Action] = new OptionSetValue((int)action),
            [ConcessionApprovalStep.ActionBy] = new EntityReference(SystemUser.EntityLogicalName, execution.InitiatingUserId),
            [ConcessionApprovalStep.ActionOn] = context.Clock.UtcNow,
            [ConcessionApprovalStep.Comment] = execution.SharedVariables[ConcessionSave.ChainCommentVariable],
            [ConcessionApprovalStep.Concession] = new EntityReference(Concession.EntityLogicalName, id),
        };
        if (execution.SharedVariables.TryGetValue(ConcessionSave.ChainLevelVariable, out var level))
        {
            step[ConcessionApprovalStep.Level] = new OptionSetValue((int)level);
        }

        context.SystemService.Create(step);
    }
}
