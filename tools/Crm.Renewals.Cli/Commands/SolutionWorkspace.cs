using System;
using System.IO;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Registrations;

namespace Crm.Renewals.Cli.Commands;

/// <summary>What the solution commands share: the repository root and the generator inputs of this build.</summary>
internal static class SolutionWorkspace
{
    /// <summary>The folder holding Crm.Renewals.sln, walking up from the current directory, then from the program.</summary>
    public static string RepositoryRoot() =>
        WalkUp(Directory.GetCurrentDirectory()) ?? WalkUp(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException($"No folder above the current directory holds {RepositoryPaths.RootMarker}; run from inside the repository.");

    /// <summary>
    /// The declarations of the plugin assembly this program was built with (the net10.0 build of the same
    /// source as the deployable net462 one), with the identity of the committed key.
    /// </summary>
    public static GenerationInputs Inputs(string root)
    {
        var assembly = typeof(PluginRegistrations).Assembly;
        return new GenerationInputs(
            root,
            RegistrationReader.Read(assembly),
            AssemblyIdentityReader.Read(assembly, Path.Combine(root, RepositoryPaths.PluginKey)));
    }

    private static string? WalkUp(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, RepositoryPaths.RootMarker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
