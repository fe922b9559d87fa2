using System;
using System.Collections.Generic;
using System.IO;
using Crm.Renewals.Solution.Generation;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals solution generate</c>: rewrites every generated part from the declarations and the metadata, and
/// warns about each step left out of the solution because its message id is not established.
/// </summary>
public static class SolutionGenerateCommand
{
    /// <summary>The subcommand word.</summary>
    public const string Name = "generate";

    /// <summary>Runs it.</summary>
    /// <param name="arguments">None are accepted.</param>
    /// <param name="output">Lists what changed.</param>
    /// <param name="error">Problems.</param>
    /// <returns>0, 1 on a problem, 2 on a usage error.</returns>
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        return SolutionWorkspace.RunOnInputs(
            "renewals solution generate",
            arguments,
            error,
            inputs =>
            {
                IReadOnlyList<string> changed = SolutionGenerator.Write(inputs);
                foreach (string path in changed)
                {
                    output.WriteLine("  wrote " + path);
                }

                output.WriteLine(changed.Count == 0 ? "Generated parts are up to date." : $"Updated {changed.Count} generated file(s).");
                return 0;
            },
            afterProblem: "Nothing was written.");
    }
}
