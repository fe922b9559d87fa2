using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace Crm.Renewals.Cli.Org;

/// <summary>
/// <c>renewals org import &lt;zip&gt;</c>: imports a solution zip asynchronously (ImportSolutionAsync), follows the
/// system job with its progress until it ends, and then checks that the environment holds the zip's version.
/// </summary>
public sealed class SolutionImporter
{
    private const int Completed = 3;
    private const int Succeeded = 30;
    private readonly WebApiClient api;
    private readonly TextWriter output;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly TimeSpan pollEvery;

    /// <summary>Creates the importer.</summary>
    /// <param name="api">The environment.</param>
    /// <param name="output">Where progress goes.</param>
    /// <param name="pollEvery">How often the job is read.</param>
    /// <param name="delay">How to wait between reads (tests do not sleep); null to wait.</param>
    public SolutionImporter(WebApiClient api, TextWriter output, TimeSpan pollEvery, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        this.api = api ?? throw new ArgumentNullException(nameof(api));
        this.output = output ?? throw new ArgumentNullException(nameof(output));
        this.pollEvery = pollEvery;
        this.delay = delay ?? Task.Delay;
    }

    /// <summary>The unique name and version the zip's solution.xml declares.</summary>
    public static (string Name, string Version) Manifest(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        var entry = archive.GetEntry("solution.xml") ?? throw new InvalidDataException($"{zip} has no solution.xml: it is not a solution zip (build one with renewals solution pack).");
        using var stream = entry.Open();
        var manifest = XDocument.Load(stream).Root!.Element("SolutionManifest") ?? throw new InvalidDataException($"{zip}: solution.xml has no SolutionManifest.");
        return (manifest.Element("UniqueName")!.Value, manifest.Element("Version")!.Value);
    }

    /// <summary>Imports the zip; throws <see cref="WebApiException"/> with the platform's words when the import fails.</summary>
    public async Task<string> ImportAsync(string zip)
    {
        var (name, version) = Manifest(zip);
        var started = await api.PostAsync("ImportSolutionAsync", new
        {
            OverwriteUnmanagedCustomizations = false,
            PublishWorkflows = true,
            CustomizationFile = Convert.ToBase64String(await File.ReadAllBytesAsync(zip).ConfigureAwait(false)),
        }).ConfigureAwait(false);
        string job = started.GetProperty("AsyncOperationId").GetString()!;
        output.WriteLine($"importing {name} {version} as system job {job}");
        while (true)
        {
            var state = await api.GetAsync($"asyncoperations({job})?$select=statecode,statuscode,message,friendlymessage").ConfigureAwait(false);
            int status = state.GetProperty("statuscode").GetInt32();
            if (state.GetProperty("statecode").GetInt32() == Completed)
            {
                if (status != Succeeded)
                {
                    string why = Text(state, "friendlymessage") ?? Text(state, "message") ?? "no message";
                    throw new WebApiException(null, $"the import of {name} {version} failed (system job {job}, status {status.ToString(CultureInfo.InvariantCulture)}): {why}. Nothing of a failed import is kept; fix what it names and import again.");
                }

                break;
            }

            output.WriteLine($"  {await ProgressAsync(started).ConfigureAwait(false)}");
            await delay(pollEvery, CancellationToken.None).ConfigureAwait(false);
        }

        var installed = (await api.GetAsync($"solutions?$select=version&$filter=uniquename eq '{name}'").ConfigureAwait(false)).GetProperty("value").EnumerateArray().Select(r => r.GetProperty("version").GetString()).FirstOrDefault();
        if (installed != version)
        {
            throw new WebApiException(null, $"the import job succeeded but the environment holds {name} {installed ?? "(none)"}, not {version}: look at the solution history (Solutions → History) for what happened.");
        }

        return $"{name} {version} imported and verified";
    }

    private async Task<string> ProgressAsync(JsonElement started)
    {
        if (!started.TryGetProperty("ImportJobKey", out var key) || key.GetString() is not string importJob)
        {
            return "in progress";
        }

        try
        {
            var job = await api.GetAsync($"importjobs({importJob})?$select=progress").ConfigureAwait(false);
            return $"{job.GetProperty("progress").GetDouble().ToString("0", CultureInfo.InvariantCulture)}%";
        }
        catch (WebApiException)
        {
            return "in progress";
        }
    }

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
