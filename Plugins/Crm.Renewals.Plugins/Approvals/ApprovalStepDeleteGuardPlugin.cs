using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// PreOperation of Delete of <c>crr_concessionapprovalstep</c>: nobody deletes a chain step on its own, whatever their
/// role, System Administrator included; the steps go only with their concession, by the platform's cascade.
/// </summary>
public sealed class ApprovalStepDeleteGuardPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) => ApprovalChain.RefuseDirectDelete(context);
}
