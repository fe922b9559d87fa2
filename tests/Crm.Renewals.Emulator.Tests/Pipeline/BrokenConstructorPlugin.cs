using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

/// <summary>A plugin whose constructor refuses its configuration.</summary>
public sealed class BrokenConstructorPlugin : IPlugin
{
    public BrokenConstructorPlugin() => throw new FormatException("bad configuration");

    public void Execute(IServiceProvider serviceProvider) => _ = serviceProvider;
}
