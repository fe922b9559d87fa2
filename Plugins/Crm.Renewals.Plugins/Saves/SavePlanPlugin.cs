using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>
/// PreOperation of save plan Create and Update, whatever opens or edits the plan (the risk plugin on entering Red, a
/// CSM by hand, an import): a new plan gets its contract, renewal and ARR when it names none, and days to renewal at
/// start (so does a plan linked to a contract later, opened before one was known); effort level, time mode and the escalation suggestion are derived again whenever one of their inputs
/// changes. Those columns, and the outcome columns that only <c>crr_LogSaveOutcome</c> writes, are not the client's.
/// </summary>
public sealed class SavePlanPlugin : PluginBase
{
    /// <summary>Alias of the Update step's pre-image (<see cref="SavePlanRows.ImageColumns"/>).</summary>
    public const string PreImageAlias = "SavePlan";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var target = StepContext.TargetEntity(context.PluginExecutionContext);
        var save = SavePlanSave.Read(context, target, StepContext.Image(context.PluginExecutionContext.PreEntityImages, PreImageAlias));
        var size = save.NeedsSizing ? Domain.Saves.SavePlanSizing.Size(save.Facts, save.StartedOn, Policies.Save(context)) : null;
        SavePlanSave.Write(context, target, save, size);
    }
}
