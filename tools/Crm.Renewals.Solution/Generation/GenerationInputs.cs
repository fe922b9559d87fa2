using Crm.Renewals.Solution.Generation.Registrations;

namespace Crm.Renewals.Solution.Generation;

/// <summary>What <c>renewals solution generate</c> works from besides the files of the repository.</summary>
/// <param name="RepositoryRoot">Absolute path of the folder holding <c>Crm.Renewals.sln</c>.</param>
/// <param name="Registrations">The plugin declarations (from <c>PluginRegistrations</c>, or a test's fake set).</param>
/// <param name="Assembly">Identity of the plugin assembly.</param>
public sealed record GenerationInputs(string RepositoryRoot, RegistrationSet Registrations, AssemblyIdentity Assembly);
