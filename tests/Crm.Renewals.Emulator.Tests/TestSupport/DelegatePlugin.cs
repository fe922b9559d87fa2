using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.TestSupport;

/// <summary>
/// A plugin whose behaviour is a delegate, found by the key its step carries as unsecure configuration
/// (the platform constructs plugins from a type and two strings, so the key is the only way in).
/// </summary>
public sealed class DelegatePlugin : IPlugin
{
    private static readonly ConcurrentDictionary<string, PluginBehavior> Behaviors = new();
    private readonly PluginBehavior behavior;

    public DelegatePlugin(string unsecureConfiguration, string secureConfiguration)
    {
        behavior = Behaviors[unsecureConfiguration];
        behavior.Constructed(secureConfiguration);
    }

    public static PluginBehavior Register(Action<PluginCall> action)
    {
        var behavior = new PluginBehavior(Guid.NewGuid().ToString("N"), action);
        Behaviors[behavior.Key] = behavior;
        return behavior;
    }

    public void Execute(IServiceProvider serviceProvider) => behavior.Run(new PluginCall(serviceProvider));
}
