using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// PostOperation of account Create and Update (same filter as <see cref="AccountRiskPlugin"/>): when the
/// effective category changed, writes a risk change row, and on entry into Red opens a save plan unless
/// one is open. It compares the stored category before (pre-image) with the one saved (post-image), so
/// an update that keeps the category, e.g. Red to Red, writes nothing and calls nothing.
/// </summary>
public sealed class RiskHistoryPlugin : PluginBase
{
    /// <summary>Alias of the Update pre-image holding <c>crr_riskcategory</c>.</summary>
    public const string PreImageAlias = "RiskBefore";

    /// <summary>Alias of the post-image holding the results, the name and the owner.</summary>
    public const string PostImageAlias = "RiskAfter";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var change = AccountRiskMapper.ReadChange(
            execution.PrimaryEntityId,
            StepContext.Image(execution.PreEntityImages, PreImageAlias),
            execution.PostEntityImages[PostImageAlias],
            context.Clock.UtcNow,
            execution.InitiatingUserId);
        var savePlanId = RiskChangeRecorder.Record(context.SystemService, change);
        context.Trace("Category changed: " + change.Transition.IsChange + "; save plan opened: " + savePlanId);
    }
}
