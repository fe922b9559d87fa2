using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// After a renewal opportunity is won or lost (asynchronously, from the <c>opportunityclose</c> activity Win and
/// Lose create, or from an update of its state): the contract moves to its next term, or is churned with win-back tasks.
/// </summary>
public sealed class RenewalClosePlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) =>
        RenewalCloser.Close(context, OpportunityCloseEvent.OpportunityId(context.PluginExecutionContext));
}
