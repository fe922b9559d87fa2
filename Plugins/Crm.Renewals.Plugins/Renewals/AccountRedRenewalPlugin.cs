using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// After an account's risk is re-evaluated, in the same transaction: when its category changed, the renewals already
/// open follow it (category, strategy, rule-assigned owner; on entry into Red save mode and the review task), and on
/// entry into Red the renewals its contracts now need under the at-risk lead time are generated at once. An unchanged
/// category costs no service call.
/// </summary>
public sealed class AccountRedRenewalPlugin : PluginBase
{
    /// <summary>Alias of the pre- and post-image holding <c>crr_riskcategory</c>.</summary>
    public const string ImageAlias = "RiskCategory";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        RenewalTriggers.OnRiskCategoryChanged(
            context,
            execution.PrimaryEntityId,
            CategoryIn(execution.PreEntityImages),
            CategoryIn(execution.PostEntityImages));
    }

    private static Domain.Risk.RiskCategory? CategoryIn(EntityImageCollection images) =>
        images.TryGetValue(ImageAlias, out var image) ? RiskCategoryOptions.FromOptionSetValue(image.GetAttributeValue<OptionSetValue>(Account.RiskCategory)) : null;
}
