using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Tests.Infrastructure;

/// <summary>Traces what <see cref="ILocalPluginContext.ExecutionContext"/> describes, to compare it with the plugin context.</summary>
public sealed class ContextProbePlugin : PluginBase
{
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var same = execution.CorrelationId == context.PluginExecutionContext.CorrelationId ? "same correlation" : "another correlation";
        context.Trace("execution context: " + execution.MessageName + " of " + execution.PrimaryEntityName + ", " + same);
    }
}
