using System;
using System.Collections.Generic;
using System.Linq;

namespace Crm.Renewals.Plugins.Registration;

/// <summary>
/// Every plugin type, step and Custom API binding of this assembly. The Solution's
/// <c>PluginAssemblies/</c> and <c>SdkMessageProcessingSteps/</c> files are generated from
/// this class (<c>tools/renewals solution generate</c>), and the emulator registers exactly
/// these; a test fails when the Solution is stale. Each feature declares its own
/// <see cref="FeatureRegistrations"/>; this class only lists the features.
/// </summary>
public static class PluginRegistrations
{
    /// <summary>Stable <c>PluginAssemblyId</c> of this assembly in the solution.</summary>
    public static readonly Guid AssemblyId = new("5f3a0c1e-8b2d-4c6a-9e71-2d4b6f8a1c30");

    private static readonly IReadOnlyList<FeatureRegistrations> Features = new FeatureRegistrations[]
    {
        Risk.RiskRegistrations.Feature,
        Renewals.RenewalRegistrations.Feature,
        Approvals.ApprovalRegistrations.Feature,
        Saves.SaveRegistrations.Feature,
        Pipeline.PipelineRegistrations.Feature,

    };

    /// <summary>Plugin classes with their stable ids.</summary>
    public static IReadOnlyList<PluginTypeRegistration> PluginTypes { get; } = Features.SelectMany(feature => feature.PluginTypes).ToArray();

    /// <summary>Steps on platform messages.</summary>
    public static IReadOnlyList<StepRegistration> Steps { get; } = Features.SelectMany(feature => feature.Steps).ToArray();

    /// <summary>Custom API implementations.</summary>
    public static IReadOnlyList<CustomApiBinding> CustomApis { get; } = Features.SelectMany(feature => feature.CustomApis).ToArray();
}
