using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// PostOperation of account Update (filtered on <see cref="AccountRiskColumns.Inputs"/>): when the inputs saved are
/// not those <see cref="AccountRiskPlugin"/> evaluated, evaluates them and saves the risk again. The PreOperation
/// evaluation reads the pre-image, which another user's update of the same account can change before this one takes
/// the row's lock; the post-image is read under that lock, so it holds both users' signals. Without such a race the
/// inputs agree and this step makes no call.
/// </summary>
public sealed class RiskRecheckPlugin : PluginBase
{
    /// <summary>Alias of the pre-image holding <see cref="AccountRiskColumns.Inputs"/>, as the PreOperation evaluation read them.</summary>
    public const string PreImageAlias = "RiskRead";

    /// <summary>Alias of the post-image holding <see cref="AccountRiskColumns.Inputs"/> and <see cref="AccountRiskColumns.Results"/>.</summary>
    public const string PostImageAlias = "RiskSaved";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var correction = AccountRiskMapper.Correction(
            StepContext.TargetEntity(execution),
            StepContext.Image(execution.PreEntityImages, PreImageAlias),
            execution.PostEntityImages[PostImageAlias],
            input => AccountRiskService.Evaluate(input, context.Clock.UtcNow, Policies.Risk(context)));
        if (correction is not null)
        {
            context.Trace("The risk was evaluated from signals another update changed before this one took the row; saving it again.");
            context.UserService.Update(correction);
        }
    }
}
