using System;

namespace Crm.Renewals.Plugins.Registration;

/// <summary>
/// Binds a Custom API defined in <c>Solution/src/customapis</c> to the plugin class that
/// implements its main operation (stage 30).
/// </summary>
public sealed class CustomApiBinding
{
    /// <summary>Creates a binding.</summary>
    public CustomApiBinding(string uniqueName, Type pluginType)
    {
        UniqueName = uniqueName ?? throw new ArgumentNullException(nameof(uniqueName));
        PluginType = pluginType ?? throw new ArgumentNullException(nameof(pluginType));
    }

    /// <summary>Unique name of the Custom API (its message name).</summary>
    public string UniqueName { get; }

    /// <summary>The class implementing it.</summary>
    public Type PluginType { get; }
}
