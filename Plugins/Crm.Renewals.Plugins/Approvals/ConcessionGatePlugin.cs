using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// PreOperation of concession Create and Update, inside the transaction, whatever path the save takes (form, Web API,
/// import, bulk, another plugin): validates every field, computes the required level from the renewal's total discount,
/// lets the status become Approved only for an initiating user with the authority who is not the requester, and writes
/// the server-only columns into the Target. The chain step is written after the save by <see cref="ConcessionChainPlugin"/>.
/// </summary>
public sealed class ConcessionGatePlugin : PluginBase
{
    /// <summary>Alias of the Update step's pre-image (<see cref="ConcessionRows.JudgedColumns"/>).</summary>
    public const string PreImageAlias = "Concession";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var target = StepContext.TargetEntity(execution);
        var save = ConcessionSave.Read(context, target, StepContext.Image(execution.PreEntityImages, PreImageAlias), out var renewal);
        var outcome = Domain.Approvals.ConcessionSaveRules.Decide(save, Policies.Approval(context));
        ConcessionSave.Write(context, target, save, renewal, outcome);
    }
}
