using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Cli.Commands;

namespace Crm.Renewals.Cli;

/// <summary>Selects a command by its name and runs it; <c>help</c> or no argument prints the usage.</summary>
public sealed class CommandDispatcher
{
    /// <summary>Exit code of a call the command line does not understand.</summary>
    public const int UsageError = 2;

    private const string Help = "help";
    private readonly IReadOnlyList<ICommand> commands;
    private readonly TextWriter output;
    private readonly TextWriter error;

    /// <summary>Creates a dispatcher over <paramref name="commands"/>.</summary>
    /// <param name="commands">The available commands.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    public CommandDispatcher(IReadOnlyList<ICommand> commands, TextWriter output, TextWriter error)
    {
        this.commands = commands;
        this.output = output;
        this.error = error;
    }

    /// <summary>Runs the command named by <c>args[0]</c> with the remaining arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The command's exit code, 0 for help, <see cref="UsageError"/> for an unknown command.</returns>
    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || string.Equals(args[0], Help, StringComparison.OrdinalIgnoreCase))
        {
            WriteUsage(output);
            return 0;
        }

        var command = commands.FirstOrDefault(candidate => string.Equals(candidate.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            error.WriteLine("renewals: unknown command '" + args[0] + "'.");
            WriteUsage(error);
            return UsageError;
        }

        return command.Run(args.Skip(1).ToArray(), output);
    }

    private void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("usage: renewals <command> [arguments]");
        writer.WriteLine();
        var width = commands.Select(command => command.Name.Length).DefaultIfEmpty(Help.Length).Max();
        foreach (var command in commands)
        {
            writer.WriteLine("  " + command.Name.PadRight(width) + "  " + command.Summary);
        }

        writer.WriteLine("  " + Help.PadRight(width) + "  Lists the commands.");
    }
}
