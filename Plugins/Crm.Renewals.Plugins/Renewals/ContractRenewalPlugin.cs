using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// After a contract is created, or its end date, status, ARR or account changes (asynchronously, once
/// the save is committed): generates its renewal at once if it is already inside its window.
/// </summary>
public sealed class ContractRenewalPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) =>
        RenewalTriggers.OnContractSaved(context, context.PluginExecutionContext.PrimaryEntityId);
}
