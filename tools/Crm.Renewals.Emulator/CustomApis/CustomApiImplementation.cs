using System;
using Crm.Renewals.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.CustomApis;

/// <summary>The plugin type implementing a Custom API's main operation, with the one instance the platform caches.</summary>
internal sealed class CustomApiImplementation
{
    private readonly object creation = new();
    private IPlugin? plugin;

    public CustomApiImplementation(Type pluginType)
    {
        PluginActivator.Validate(pluginType);
        PluginType = pluginType;
    }

    public Type PluginType { get; }

    /// <summary>The one cached instance, shared by every thread.</summary>
    public IPlugin Plugin
    {
        get
        {
            if (System.Threading.Volatile.Read(ref plugin) is { } created)
            {
                return created;
            }

            // Constructed exactly once, even when the first calls come on several threads.
            lock (creation)
            {
                return plugin ??= PluginActivator.Create(PluginType, unsecureConfiguration: null, secureConfiguration: null);
            }
        }
    }
}
