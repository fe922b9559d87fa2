using System;
using System.Reflection;

namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>The identity the solution files give the plugin assembly: name and version of the build, token of the committed key.</summary>
public static class AssemblyIdentityReader
{
    /// <summary>Reads the identity and checks the assembly was signed with the key.</summary>
    /// <param name="pluginAssembly">The built plugin assembly.</param>
    /// <param name="snkPath">The strong-name key it is signed with.</param>
    /// <returns>Name, version and the key's public key token.</returns>
    /// <exception cref="GenerationException">The assembly is not signed with that key.</exception>
    public static AssemblyIdentity Read(Assembly pluginAssembly, string snkPath)
    {
        ArgumentNullException.ThrowIfNull(pluginAssembly);
        AssemblyName name = pluginAssembly.GetName();
        string token = StrongNameKey.PublicKeyToken(snkPath);
        string built = Convert.ToHexStringLower(name.GetPublicKeyToken() ?? []);
        if (built != token)
        {
            throw new GenerationException($"{name.Name} has public key token '{built}' but {snkPath} gives '{token}'; build it signed with that key.");
        }

        return new AssemblyIdentity(
            name.Name ?? throw new GenerationException("The plugin assembly has no name."),
            name.Version ?? throw new GenerationException($"{name.Name} has no version."),
            token);
    }
}
