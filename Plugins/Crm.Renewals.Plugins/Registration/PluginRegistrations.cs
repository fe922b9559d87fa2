using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Registration;

/// <summary>
/// Every plugin type, step and Custom API binding of this assembly. The Solution's
/// <c>PluginAssemblies/</c> and <c>SdkMessageProcessingSteps/</c> files are generated from
/// this class (<c>tools/renewals solution generate</c>), and the emulator registers exactly
/// these; a test fails when the Solution is stale.
/// </summary>
public static class PluginRegistrations
{
    /// <summary>Stable <c>PluginAssemblyId</c> of this assembly in the solution.</summary>
    public static readonly Guid AssemblyId = new("5f3a0c1e-8b2d-4c6a-9e71-2d4b6f8a1c30");

    /// <summary>Plugin classes with their stable ids.</summary>
    public static IReadOnlyList<PluginTypeRegistration> PluginTypes { get; } = Array.Empty<PluginTypeRegistration>();

    /// <summary>Steps on platform messages.</summary>
    public static IReadOnlyList<StepRegistration> Steps { get; } = Array.Empty<StepRegistration>();

    /// <summary>Custom API implementations.</summary>
    public static IReadOnlyList<CustomApiBinding> CustomApis { get; } = Array.Empty<CustomApiBinding>();
}
