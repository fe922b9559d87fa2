using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// PreValidation of contract Create and Update: refuses a save that would leave an active contract
/// unrenewable, before the transaction starts, with every column to fix.
/// </summary>
public sealed class ContractValidationPlugin : PluginBase
{
    /// <summary>Alias of the Update step's pre-image (the columns the renewal reads).</summary>
    public const string PreImageAlias = "PreImage";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var target = StepContext.TargetEntity(execution);
        ContractSaveValidator.Validate(context, Mapping.SavedRow.Merge(target, StepContext.Image(execution.PreEntityImages, PreImageAlias)));
    }
}
