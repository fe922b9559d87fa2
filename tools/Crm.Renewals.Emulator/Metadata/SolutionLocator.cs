using System;
using System.IO;

namespace Crm.Renewals.Emulator.Metadata;

/// <summary>Finds the repository and its unpacked solution from wherever a test or the CLI runs.</summary>
public static class SolutionLocator
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "Crm.Renewals.sln";

    /// <summary>The unpacked solution folder, relative to the repository root.</summary>
    public static readonly string SolutionSourceFolder = Path.Combine("Solution", "src");

    /// <summary>
    /// The repository root: the first folder holding <see cref="SolutionFileName"/>, walking up from the
    /// current directory and then from the application's base directory.
    /// </summary>
    /// <returns>The absolute path of the repository root.</returns>
    /// <exception cref="DirectoryNotFoundException">Neither start point is inside the repository.</exception>
    public static string FindRepositoryRoot()
    {
        return TryWalkUp(Directory.GetCurrentDirectory())
            ?? TryWalkUp(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException(
                "Could not find " + SolutionFileName + " above the current directory or the application folder; run from inside the repository.");
    }

    /// <summary>The absolute path of <c>Solution/src</c> in the repository.</summary>
    /// <returns>The folder path.</returns>
    /// <exception cref="DirectoryNotFoundException">The repository has no unpacked solution yet.</exception>
    public static string FindSolutionSource()
    {
        var folder = Path.Combine(FindRepositoryRoot(), SolutionSourceFolder);
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException("The repository has no " + SolutionSourceFolder.Replace('\\', '/') + " folder.");
    }

    private static string? TryWalkUp(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
