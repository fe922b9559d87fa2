using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>
/// Main operation of the Custom API <c>crr_LogSaveOutcome</c> (action bound to a save plan): checks the outcome
/// (<see cref="Domain.Saves.SaveOutcomeLogger"/>) and the concessions named, then closes the plan with its time to save,
/// links the concessions, and starts what follows — post-save monitoring with weekly health checks after a save,
/// win-back tasks after a loss (one series per lost contract). A refusal lists every problem and writes nothing.
/// </summary>
public sealed class LogSaveOutcomePlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var log = SaveOutcomeLog.Read(context);
        var result = Domain.Saves.SaveOutcomeLogger.Log(log.Plan, log.Request, context.Clock.UtcNow, Policies.Save(context));
        SaveOutcomeLog.Write(context, log, result);
    }
}
