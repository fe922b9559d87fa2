using System;
using System.Collections.Generic;

namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>Everything <c>PluginRegistrations</c> declares, as the generator consumes it.</summary>
/// <param name="AssemblyId">Stable <c>PluginAssemblyId</c>.</param>
/// <param name="PluginTypes">Plugin classes with their ids.</param>
/// <param name="Steps">Steps on platform messages.</param>
/// <param name="CustomApis">Custom API implementations.</param>
public sealed record RegistrationSet(
    Guid AssemblyId,
    IReadOnlyList<PluginTypeDeclaration> PluginTypes,
    IReadOnlyList<StepDeclaration> Steps,
    IReadOnlyList<CustomApiBindingDeclaration> CustomApis)
{
    /// <summary>A set declaring nothing, for an assembly without plugins yet.</summary>
    /// <param name="assemblyId">Stable <c>PluginAssemblyId</c>.</param>
    /// <returns>The empty set.</returns>
    public static RegistrationSet Empty(Guid assemblyId) => new(assemblyId, [], [], []);
}
