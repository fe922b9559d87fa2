using System;

namespace Crm.Renewals.Cli;

/// <summary>Entry point of the <c>renewals</c> command line.</summary>
public static class Program
{
    /// <summary>Dispatches to a command; prints usage for an unknown one.</summary>
    public static int Main(string[] args)
    {
        Console.WriteLine("usage: renewals demo | bench | solution (generate|check|pack)");
        return args.Length == 0 ? 0 : 2;
    }
}
