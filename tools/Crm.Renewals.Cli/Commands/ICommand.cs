using System.Collections.Generic;
using System.IO;

namespace Crm.Renewals.Cli.Commands;

/// <summary>One command of the <c>renewals</c> command line.</summary>
public interface ICommand
{
    /// <summary>The word that selects it, e.g. <c>demo</c>.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="arguments">The arguments after the command name.</param>
    /// <param name="output">Where to write what it did.</param>
    /// <returns>The process exit code: 0 for success.</returns>
    int Run(IReadOnlyList<string> arguments, TextWriter output);
}
