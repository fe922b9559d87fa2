using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Bench;

/// <summary>A plugin that does nothing, to measure what the pipeline itself costs per step.</summary>
public sealed class NoOpPlugin : IPlugin
{
    /// <summary>Reads the context, as every real plugin does first, and returns.</summary>
    /// <param name="serviceProvider">The platform's service provider.</param>
    public void Execute(IServiceProvider serviceProvider) => _ = serviceProvider?.GetService(typeof(IPluginExecutionContext));
}
