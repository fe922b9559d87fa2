using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// PreOperation of account Create and Update (filtered on <see cref="AccountRiskColumns.Triggers"/>):
/// evaluates the risk and writes category, computed category, score, reasons and evaluation time into
/// the Target, so the operation itself saves them: no extra Update, and no service call at all while
/// the risk policy is cached. Refuses signals out of range and an invalid override, listing every problem.
/// </summary>
public sealed class AccountRiskPlugin : PluginBase
{
    /// <summary>Alias of the Update pre-image holding <see cref="AccountRiskColumns.Inputs"/>.</summary>
    public const string PreImageAlias = "RiskInputs";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var target = StepContext.TargetEntity(execution);
        var input = AccountRiskMapper.ReadInput(target, StepContext.Image(execution.PreEntityImages, PreImageAlias));
        var evaluation = AccountRiskService.Evaluate(input, context.Clock.UtcNow, Policies.Risk(context));
        AccountRiskMapper.WriteResults(target, evaluation);
        context.Trace("Risk " + evaluation.Effective.Category + " (computed " + evaluation.Effective.Computed + ", score " + evaluation.Assessment.Score + ")");
    }
}
