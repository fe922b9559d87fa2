using System;

namespace Crm.Renewals.Plugins.Registration;

/// <summary>A plugin class of the assembly with its stable <c>PluginTypeId</c>.</summary>
public sealed class PluginTypeRegistration
{
    /// <summary>Creates a plugin type declaration.</summary>
    public PluginTypeRegistration(Guid id, Type type)
    {
        Id = id;
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    /// <summary>Stable id of the plugin type.</summary>
    public Guid Id { get; }

    /// <summary>The class.</summary>
    public Type Type { get; }
}
