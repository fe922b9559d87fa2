using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals solution generate | check | pack</c>: the generated parts of <c>Solution/src</c> and
/// <c>Plugins/Crm.Renewals.Plugins/Model</c>, and the solution zips. The work is done by
/// <c>tools/Crm.Renewals.Solution</c>; these commands only read their arguments.
/// </summary>
public sealed class SolutionCommand : ICommand
{
    private const int UsageError = 2;
    private readonly TextWriter? error;

    /// <summary>Creates the command.</summary>
    /// <param name="error">Where problems go; standard error when null.</param>
    public SolutionCommand(TextWriter? error = null)
    {
        this.error = error;
    }

    /// <inheritdoc/>
    public string Name => "solution";

    /// <inheritdoc/>
    public string Summary => "generate | check | pack [--out <dir>] [--version <x.y.z.w>] [--assembly <dll>]: generated parts and solution zips";

    /// <summary>Runs a subcommand.</summary>
    /// <param name="arguments">The arguments after <c>solution</c>.</param>
    /// <param name="output">Where progress goes.</param>
    /// <returns>0 on success, 1 when the check finds stale files or the work fails, 2 for a usage error.</returns>
    public int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        TextWriter problems = error ?? Console.Error;
        string[] rest = arguments.Skip(1).ToArray();
        switch (arguments.FirstOrDefault())
        {
            case SolutionGenerateCommand.Name:
                return SolutionGenerateCommand.Run(rest, output, problems);
            case SolutionCheckCommand.Name:
                return SolutionCheckCommand.Run(rest, output, problems);
            case SolutionPackCommand.Name:
                return SolutionPackCommand.Run(rest, output, problems);
            default:
                problems.WriteLine("usage: renewals solution " + Summary);
                return UsageError;
        }
    }
}
