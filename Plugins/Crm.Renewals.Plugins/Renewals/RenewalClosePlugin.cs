using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// After a renewal opportunity is won or lost, by <c>Win</c>, <c>Lose</c> or an update of its state
/// (synchronously, in the closing transaction): the contract moves to its next term, or is churned with
/// win-back tasks.
/// </summary>
public sealed class RenewalClosePlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) =>
        RenewalCloser.Close(context, OpportunityCloseEvent.Read(context.PluginExecutionContext));
}
