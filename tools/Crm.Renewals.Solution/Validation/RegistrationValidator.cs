using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Generation.Registrations;

namespace Crm.Renewals.Solution.Validation;

/// <summary>Checks the declarations against a built assembly: every declared plugin type must be a runnable <c>IPlugin</c> of it.</summary>
public static class RegistrationValidator
{
    /// <summary>The problems found, one sentence each; empty when every declaration is backed by the assembly.</summary>
    /// <param name="registrations">The declarations.</param>
    /// <param name="assembly">The built assembly's metadata.</param>
    /// <returns>Problems, naming the declaration.</returns>
    public static IReadOnlyList<string> Problems(RegistrationSet registrations, PluginAssemblyInfo assembly)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(assembly);
        IEnumerable<(string Type, string Where)> uses = registrations.PluginTypes.Select(t => (t.FullName, "PluginTypes"))
            .Concat(registrations.Steps.Select(s => (s.PluginTypeFullName, "step " + s.Name)))
            .Concat(registrations.CustomApis.Select(a => (a.PluginTypeFullName, "Custom API " + a.UniqueName)));
        return uses
            .Where(use => !assembly.PluginTypes.Contains(use.Type))
            .Select(use => assembly.Types.Contains(use.Type)
                ? $"{use.Where}: {use.Type} is not a public, concrete class implementing Microsoft.Xrm.Sdk.IPlugin in {assembly.Name}."
                : $"{use.Where}: {use.Type} is not defined in {assembly.Name}.")
            .ToList();
    }
}
