using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Packing;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals solution pack [--out &lt;dir&gt;] [--version &lt;x.y.z.w&gt;] [--assembly &lt;dll&gt;]</c>: builds the
/// net462 plugin assembly in Release (unless given one) and writes the unmanaged and managed solution zips.
/// A step whose message id is not established has no file in <c>Solution/src</c> (generate leaves it out
/// and warns), so the pack never has to leave anything out.
/// </summary>
public static class SolutionPackCommand
{
    private const int Failure = 1;
    private const int UsageError = 2;

    /// <summary>The subcommand word.</summary>
    public const string Name = "pack";

    private const string OutOption = "--out";
    private const string VersionOption = "--version";
    private const string AssemblyOption = "--assembly";
    private const string Usage = "usage: renewals solution pack [--out <dir>] [--version <x.y.z.w>] [--assembly <dll>]";

    /// <summary>Runs it.</summary>
    /// <param name="arguments">The options.</param>
    /// <param name="output">Progress and the zips written.</param>
    /// <param name="error">Problems.</param>
    /// <returns>0, 1 when the build or the pack fails, 2 on a usage error.</returns>
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < arguments.Count; i += 2)
        {
            if (arguments[i] is not (OutOption or VersionOption or AssemblyOption) || i + 1 >= arguments.Count || !options.TryAdd(arguments[i], arguments[i + 1]))
            {
                error.WriteLine(Usage);
                return UsageError;
            }
        }

        string root = SolutionWorkspace.RepositoryRoot();
        string? assembly = options.GetValueOrDefault(AssemblyOption);
        if (assembly is null)
        {
            if (!BuildPluginAssembly(root, output, error))
            {
                return Failure;
            }

            assembly = Path.Combine(root, RepositoryPaths.ReleasePluginAssembly);
        }

        try
        {
            PackResult result = SolutionPacker.Pack(new PackRequest
            {
                RepositoryRoot = root,
                SourceFolder = Path.Combine(root, RepositoryPaths.SolutionSource),
                AssemblyPath = Path.GetFullPath(assembly),
                MapFile = File.Exists(Path.Combine(root, RepositoryPaths.MapFile)) ? Path.Combine(root, RepositoryPaths.MapFile) : null,
                OutputFolder = Path.GetFullPath(options.GetValueOrDefault(OutOption) ?? Path.Combine(root, RepositoryPaths.PackOutput)),
                Version = options.GetValueOrDefault(VersionOption),
                RequiredTargetFramework = PackRequest.DeployTargetFramework,
            });
            output.WriteLine($"Packed version {result.Version} ({result.Entries.Count} entries):");
            output.WriteLine("  unmanaged: " + Path.GetRelativePath(root, result.UnmanagedZip));
            output.WriteLine("  managed:   " + Path.GetRelativePath(root, result.ManagedZip));
            return 0;
        }
        catch (Exception problem) when (problem is SolutionFormatException or ArgumentException)
        {
            error.WriteLine(problem.Message);
            error.WriteLine("No zip was written.");
            return Failure;
        }
    }

    /// <summary>Builds the deployable assembly exactly as the README says: Release, net462.</summary>
    private static bool BuildPluginAssembly(string root, TextWriter output, TextWriter error)
    {
        output.WriteLine("Building " + RepositoryPaths.PluginProject + " (Release, net462)...");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "build", RepositoryPaths.PluginProject, "-c", "Release", "-f", "net462", "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using Process build = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        // Both streams are drained at once: a build that fills one pipe while the other is read would hang.
        var standardOutput = build.StandardOutput.ReadToEndAsync();
        var standardError = build.StandardError.ReadToEndAsync();
        build.WaitForExit();
        string log = standardOutput.GetAwaiter().GetResult() + standardError.GetAwaiter().GetResult();
        if (build.ExitCode == 0)
        {
            return true;
        }

        error.WriteLine(log);
        error.WriteLine("The plugin assembly did not build; no zip was written.");
        return false;
    }
}
