using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// PreOperation of Update of <c>crr_concessionapprovalstep</c>: the approval chain is the record of who approved what,
/// so a call from outside (a form, the Web API, an import, a flow; depth 1) may not edit a step, whatever the caller's
/// role, System Administrator included. Deleting is guarded by <see cref="ApprovalStepDeleteGuardPlugin"/>.
/// </summary>
public sealed class ApprovalStepGuardPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) => ApprovalChain.RefuseDirectChange(context);
}
