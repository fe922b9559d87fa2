using Crm.Renewals.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Tests.Verify;

/// <summary>A refusal that says nothing of what to fix.</summary>
public sealed class VagueRefusalPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) => throw new InvalidPluginExecutionException("Something is wrong.");
}
