using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Crm.Renewals.Cli.Org;
using Crm.Renewals.Emulator.Metadata;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals org doctor | sweep [--continuation &lt;token&gt;] | import &lt;zip&gt;</c> against a live environment over the
/// Dataverse Web API, signed in with Azure.Identity (see <see cref="OrgOptions"/>).
/// </summary>
public sealed class OrgCommand : ICommand
{
    private const int Problems = 1;
    private const int UsageError = 2;
    private static readonly TimeSpan ImportPoll = TimeSpan.FromSeconds(10);
    private readonly Func<string, string?> environment;
    private readonly Func<OrgOptions, TextWriter, TokenCredential> credentials;
    private readonly HttpMessageHandler? handler;
    private readonly Func<TimeSpan, CancellationToken, Task>? delay;
    private readonly Func<DateTime> today;

    /// <summary>Creates the command as the command line runs it.</summary>
    public OrgCommand()
        : this(Environment.GetEnvironmentVariable, Credentials.For, null, null, () => DateTime.UtcNow.Date)
    {
    }

    /// <summary>Creates the command with what tests replace: environment, credentials, HTTP, waiting and today.</summary>
    public OrgCommand(Func<string, string?> environment, Func<OrgOptions, TextWriter, TokenCredential> credentials, HttpMessageHandler? handler, Func<TimeSpan, CancellationToken, Task>? delay, Func<DateTime> today)
    {
        this.environment = environment ?? throw new ArgumentNullException(nameof(environment));
        this.credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        this.handler = handler;
        this.delay = delay;
        this.today = today ?? throw new ArgumentNullException(nameof(today));
    }

    /// <inheritdoc />
    public string Name => "org";

    /// <inheritdoc />
    public string Summary => "doctor | sweep [--continuation <token>] | import <zip>, with --url --tenant --client-id --client-secret --certificate --auth "
        + string.Join("|", OrgOptions.AuthModes) + ": a live environment over the Web API";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        string? subcommand = arguments.FirstOrDefault();
        if (subcommand is not ("doctor" or "sweep" or "import"))
        {
            output.WriteLine("usage: renewals org " + Summary);
            return UsageError;
        }

        if (OrgOptions.TryRead(arguments.Skip(1).ToArray(), environment, out var options) is string problem)
        {
            output.WriteLine($"renewals org {subcommand}: {problem}.");
            return UsageError;
        }

        using var api = new WebApiClient(options!.Url, credentials(options, output), handler, delay);
        try
        {
            return subcommand switch
            {
                "doctor" => Doctor(api, output),
                "sweep" => Sweep(api, options.Rest, output),
                _ => Import(api, options.Rest, output),
            };
        }
        catch (WebApiException exception)
        {
            output.WriteLine($"renewals org {subcommand}: {exception.Message}");
            return Problems;
        }
        catch (InvalidDataException exception)
        {
            output.WriteLine($"renewals org {subcommand}: {exception.Message}");
            return UsageError;
        }
    }

    private int Doctor(WebApiClient api, TextWriter output)
    {
        var expected = DoctorExpectations.FromRepository(SolutionLocator.FindSolutionSource());
        var findings = new Doctor(api, expected, today()).ExamineAsync().GetAwaiter().GetResult();
        output.WriteLine($"renewals org doctor: {api.Requests} requests to the Web API");
        int width = findings.Max(f => f.Check.Length);
        foreach (var finding in findings)
        {
            output.WriteLine($"  {(finding.Ok ? "ok     " : "PROBLEM")}  {finding.Check.PadRight(width)}  {finding.Detail}");
        }

        int bad = findings.Count(f => !f.Ok);
        output.WriteLine(bad == 0 ? "Everything the solution needs is in place." : $"{bad} {(bad == 1 ? "problem" : "problems")} to fix; each line says what to do.");
        return bad == 0 ? 0 : Problems;
    }

    private static int Sweep(WebApiClient api, IReadOnlyList<string> rest, TextWriter output)
    {
        string? continuation = null;
        if (rest.Count == 2 && rest[0] == "--continuation")
        {
            continuation = rest[1];
        }
        else if (rest.Count != 0)
        {
            output.WriteLine("usage: renewals org sweep [--continuation <token>]");
            return UsageError;
        }

        var result = new SweepRunner(api, output).RunAsync(continuation).GetAwaiter().GetResult();
        output.WriteLine($"Sweep done: created {result.Created:N0}, skipped {result.Skipped:N0}, failed {result.Failed:N0} in {result.Calls} calls; {api.ThrottledRetries} throttled calls waited out.");
        return result.Failed == 0 ? 0 : Problems;
    }

    private int Import(WebApiClient api, IReadOnlyList<string> rest, TextWriter output)
    {
        if (rest.Count != 1 || !File.Exists(rest[0]))
        {
            output.WriteLine(rest.Count == 1 ? $"renewals org import: {rest[0]} does not exist; build the zip with renewals solution pack." : "usage: renewals org import <zip>");
            return UsageError;
        }

        output.WriteLine(new SolutionImporter(api, output, ImportPoll, delay).ImportAsync(rest[0]).GetAwaiter().GetResult());
        return 0;
    }
}
