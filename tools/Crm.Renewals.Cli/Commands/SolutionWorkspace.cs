using System;
using System.Collections.Generic;
using System.IO;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Cli.Commands;

/// <summary>What the solution commands share: the repository root and the generator inputs of this build.</summary>
internal static class SolutionWorkspace
{
    /// <summary>Exit code of a command that found a problem.</summary>
    public const int Failure = 1;

    /// <summary>Exit code of a command called with wrong arguments.</summary>
    public const int UsageError = 2;

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

    /// <summary>
    /// Runs a solution subcommand that takes no arguments on the generator inputs of this repository,
    /// turning a usage error into exit code 2 and a generation or format problem into exit code 1.
    /// </summary>
    /// <param name="usage">The usage line printed when arguments are given.</param>
    /// <param name="arguments">The arguments after the subcommand word.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="body">The subcommand's work; returns its exit code.</param>
    /// <param name="afterProblem">A line printed after a problem's message, if any.</param>
    public static int RunOnInputs(string usage, IReadOnlyList<string> arguments, TextWriter error, Func<GenerationInputs, int> body, string? afterProblem = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(body);
        if (arguments.Count > 0)
        {
            error.WriteLine("usage: " + usage);
            return UsageError;
        }

        try
        {
            return body(Inputs(RepositoryRoot()));
        }
        catch (Exception problem) when (problem is GenerationException or SolutionFormatException)
        {
            error.WriteLine(problem.Message);
            if (afterProblem is not null)
            {
                error.WriteLine(afterProblem);
            }

            return Failure;
        }
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
