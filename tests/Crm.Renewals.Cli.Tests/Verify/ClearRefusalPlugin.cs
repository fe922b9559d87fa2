using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Tests.Verify;

/// <summary>A refusal naming the column to fix.</summary>
public sealed class ClearRefusalPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context) => throw new InvalidPluginExecutionException(RiskChange.Reasons + " is too short; write at least one reason.");
}
