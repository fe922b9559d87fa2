using System;
using System.Collections.Generic;
using System.IO;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Cli.Commands;

/// <summary><c>renewals solution check</c>: fails listing each generated file that differs from what generate would write.</summary>
public static class SolutionCheckCommand
{
    private const int Failure = 1;
    private const int UsageError = 2;

    /// <summary>The subcommand word.</summary>
    public const string Name = "check";

    /// <summary>Runs it.</summary>
    /// <param name="arguments">None are accepted.</param>
    /// <param name="output">Confirmation when up to date.</param>
    /// <param name="error">The stale files.</param>
    /// <returns>0 when up to date, 1 when stale or on a problem, 2 on a usage error.</returns>
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (arguments.Count > 0)
        {
            error.WriteLine("usage: renewals solution check");
            return UsageError;
        }

        try
        {
            IReadOnlyList<string> stale = SolutionGenerator.FindStale(SolutionWorkspace.Inputs(SolutionWorkspace.RepositoryRoot()));
            if (stale.Count == 0)
            {
                output.WriteLine("Generated parts are up to date.");
                return 0;
            }

            error.WriteLine("Stale generated files:");
            foreach (string file in stale)
            {
                error.WriteLine("  " + file);
            }

            error.WriteLine("Run tools/renewals solution generate and commit the result.");
            return Failure;
        }
        catch (Exception problem) when (problem is GenerationException or SolutionFormatException)
        {
            error.WriteLine(problem.Message);
            return Failure;
        }
    }
}
