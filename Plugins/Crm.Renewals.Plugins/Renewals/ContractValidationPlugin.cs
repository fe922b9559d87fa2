using Crm.Renewals.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

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
        var target = (Entity)execution.InputParameters[ParameterNames.Target];
        execution.PreEntityImages.TryGetValue(PreImageAlias, out var preImage);
        ContractSaveValidator.Validate(context, ContractRows.Merge(target, preImage));
    }
}
