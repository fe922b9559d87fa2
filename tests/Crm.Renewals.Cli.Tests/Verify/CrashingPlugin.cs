using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Cli.Tests.Verify;

/// <summary>A plugin that fails as a bug does: PluginBase turns it into "failed unexpectedly".</summary>
public sealed class CrashingPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) => throw new NullReferenceException("Object reference not set to an instance of an object.");
}
