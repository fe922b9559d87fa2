using System;
using System.Collections.Generic;
using System.IO;
using Crm.Renewals.Solution.Generation;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals solution check</c>: fails listing each generated file that differs from what generate would write;
/// warns, as generate does, about each step left out of the solution because its message id is not established.
/// </summary>
public static class SolutionCheckCommand
{
    /// <summary>The subcommand word.</summary>
    public const string Name = "check";

    /// <summary>Runs it.</summary>
    /// <param name="arguments">None are accepted.</param>
    /// <param name="output">Confirmation when up to date.</param>
    /// <param name="error">The stale files.</param>
    /// <returns>0 when up to date, 1 when stale or on a problem, 2 on a usage error.</returns>
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        return SolutionWorkspace.RunOnInputs("renewals solution check", arguments, error, inputs =>
        {
            IReadOnlyList<string> stale = SolutionGenerator.FindStale(inputs);
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
            return SolutionWorkspace.Failure;
        });
    }
}
