using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Registration;

/// <summary>The plugin types, steps and Custom API bindings one feature folder declares.</summary>
public sealed class FeatureRegistrations
{
    /// <summary>Plugin classes of the feature with their stable ids.</summary>
    public IReadOnlyList<PluginTypeRegistration> PluginTypes { get; init; } = Array.Empty<PluginTypeRegistration>();

    /// <summary>Steps of the feature.</summary>
    public IReadOnlyList<StepRegistration> Steps { get; init; } = Array.Empty<StepRegistration>();

    /// <summary>Custom APIs the feature implements.</summary>
    public IReadOnlyList<CustomApiBinding> CustomApis { get; init; } = Array.Empty<CustomApiBinding>();
}
