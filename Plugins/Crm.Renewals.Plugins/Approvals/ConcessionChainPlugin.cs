using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// PostOperation of concession Create and Update, in the same transaction: writes the approval chain step the gate
/// decided (submit, approve, reject, back to Submitted) as SYSTEM, so a user needs no privilege on the chain table
/// and a failed save leaves no step.
/// </summary>
public sealed class ConcessionChainPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) => ApprovalChain.WriteStep(context, StepContext.TargetEntity(context.PluginExecutionContext).Id);
}
