using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

/// <summary>A plugin the platform cannot construct: neither a parameterless nor a (string, string) constructor.</summary>
public sealed class PluginNeedingAService : IPlugin
{
    public PluginNeedingAService(IServiceProvider services) => _ = services;

    public void Execute(IServiceProvider serviceProvider) => _ = serviceProvider;
}
