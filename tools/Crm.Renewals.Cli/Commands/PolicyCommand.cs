using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Cli.Policies;
using Crm.Renewals.Emulator.Metadata;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals policy check &lt;variable&gt; &lt;file&gt;</c> and <c>renewals policy defaults &lt;variable&gt;</c>: check
/// an environment variable's JSON with the plugins' own parser before pasting it, and print what the solution ships.
/// </summary>
public sealed class PolicyCommand : ICommand
{
    private const int Invalid = 1;
    private const int UsageError = 2;

    /// <inheritdoc />
    public string Name => "policy";

    /// <inheritdoc />
    public string Summary => "check <variable> <file> | defaults <variable>: an environment variable's JSON, checked by the plugins' parser";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        string known = string.Join(", ", PolicyCatalog.Variables);
        switch (arguments.Count > 0 ? arguments[0] : null)
        {
            case "check" when arguments.Count == 3:
                return PolicyCatalog.Find(arguments[1]) is { } variable ? Check(variable, arguments[2], output) : Unknown(arguments[1], known, output);
            case "defaults" when arguments.Count == 2:
                return PolicyCatalog.Find(arguments[1]) is { } shipped ? Defaults(shipped, output) : Unknown(arguments[1], known, output);
            default:
                output.WriteLine("usage: renewals policy " + Summary + " (variables: " + known + ")");
                return UsageError;
        }
    }

    private static int Check(string variable, string file, TextWriter output)
    {
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"renewals policy: cannot read {file}: {exception.Message}");
            return UsageError;
        }

        var problems = PolicyCatalog.Check(variable, json);
        if (problems.Count == 0)
        {
            output.WriteLine($"{variable}: valid. Keys it leaves out take their defaults (renewals policy defaults {variable}).");
            return 0;
        }

        output.WriteLine($"{variable}: {problems.Count} {(problems.Count == 1 ? "problem" : "problems")}; nothing of it would be used until fixed:");
        foreach (string problem in problems)
        {
            output.WriteLine("  " + problem);
        }

        return Invalid;
    }

    private static int Defaults(string variable, TextWriter output)
    {
        var definition = OrganizationMetadata.ForRepositorySolution().EnvironmentVariables.Single(v => string.Equals(v.SchemaName, variable, StringComparison.Ordinal));
        if (string.IsNullOrWhiteSpace(definition.DefaultValue))
        {
            output.WriteLine($"{variable} ships without a default value: the plugins use their built-in defaults until a value is set.");
            return 0;
        }

        output.WriteLine(definition.DefaultValue);
        return 0;
    }

    private static int Unknown(string variable, string known, TextWriter output)
    {
        output.WriteLine($"renewals policy: {variable} is not an environment variable of the solution; use one of {known}.");
        return UsageError;
    }
}
