using System;

namespace Crm.Renewals.Cli;

/// <summary>Entry point of the <c>renewals</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command named by the first argument.</summary>
    /// <param name="args">The command name and its arguments.</param>
    /// <returns>The command's exit code; 2 for a usage error.</returns>
    public static int Main(string[] args) => new CommandDispatcher(CommandCatalog.All, Console.Out, Console.Error).Run(args);
}
