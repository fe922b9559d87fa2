namespace Crm.Renewals.Emulator.Tests.TestSupport;

/// <summary>A behaviour registered for <see cref="DelegatePlugin"/>, with what the platform did to its plugin.</summary>
public sealed class PluginBehavior
{
    private readonly Action<PluginCall> action;
    private int constructions;
    private int executions;

    public PluginBehavior(string key, Action<PluginCall> action)
    {
        Key = key;
        this.action = action;
    }

    /// <summary>The key the step carries as its unsecure configuration.</summary>
    public string Key { get; }

    /// <summary>How many plugin instances the organization constructed for it.</summary>
    public int Constructions => constructions;

    /// <summary>How many times it ran.</summary>
    public int Executions => executions;

    /// <summary>The secure configuration the last instance was constructed with.</summary>
    public string? SecureConfiguration { get; private set; }

    public void Constructed(string secureConfiguration)
    {
        Interlocked.Increment(ref constructions);
        SecureConfiguration = secureConfiguration;
    }

    public void Run(PluginCall call)
    {
        Interlocked.Increment(ref executions);
        action(call);
    }
}
