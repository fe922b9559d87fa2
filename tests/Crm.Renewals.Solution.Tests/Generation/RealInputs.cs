using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Generation;

/// <summary>The generator inputs of this build: the plugin assembly's declarations and the committed key.</summary>
internal static class RealInputs
{
    public static RegistrationSet Registrations => RegistrationReader.Read(typeof(PluginRegistrations).Assembly);

    public static AssemblyIdentity Assembly =>
        AssemblyIdentityReader.Read(typeof(PluginRegistrations).Assembly, Path.Combine(RepositoryFolders.Root, RepositoryPaths.PluginKey));

    public static GenerationInputs For(string repositoryRoot) => new(repositoryRoot, Registrations, Assembly);
}
