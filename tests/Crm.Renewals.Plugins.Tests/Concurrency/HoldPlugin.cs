using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Concurrency;

/// <summary>
/// A test step that stops the first call reaching it, inside that call's transaction, until the test releases it, so
/// a race between two calls is staged instead of left to timing. The step's unsecure configuration names its hold.
/// </summary>
public sealed class HoldPlugin : IPlugin
{
    private static readonly ConcurrentDictionary<string, Hold> Holds = new();
    private readonly Hold hold;

    public HoldPlugin(string unsecureConfiguration, string secureConfiguration)
    {
        _ = secureConfiguration;
        hold = Holds[unsecureConfiguration];
    }

    /// <summary>A new hold and the configuration that names it.</summary>
    public static (string Key, Hold Hold) Create()
    {
        var key = Guid.NewGuid().ToString("N");
        var created = new Hold();
        Holds[key] = created;
        return (key, created);
    }

    public void Execute(IServiceProvider serviceProvider) => hold.Pause();
}
