using System.Collections.Generic;
using Crm.Renewals.Cli.Commands;

namespace Crm.Renewals.Cli;

/// <summary>The commands of the <c>renewals</c> command line; add a new command here.</summary>
public static class CommandCatalog
{
    /// <summary>Every command, in the order the usage text lists them.</summary>
    public static IReadOnlyList<ICommand> All { get; } = [new DemoCommand(), new BenchCommand(), new SolutionCommand(), new PolicyCommand(), new OrgCommand(), new VerifyCommand(), new FixtureCommand()];
}
