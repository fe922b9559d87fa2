using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Cli.Org;

/// <summary>
/// <c>renewals org sweep</c>: calls <c>crr_GenerateRenewals</c> until it says no more records are left, each call
/// continuing from the previous one's continuation, with a progress bar over the contracts. Throttling is waited out by
/// the client; a run stopped half-way prints the continuation to resume from (<c>--continuation</c>).
/// </summary>
public sealed class SweepRunner
{
    private const int BarWidth = 30;
    private readonly WebApiClient api;
    private readonly TextWriter output;

    /// <summary>Creates the runner.</summary>
    public SweepRunner(WebApiClient api, TextWriter output)
    {
        this.api = api ?? throw new ArgumentNullException(nameof(api));
        this.output = output ?? throw new ArgumentNullException(nameof(output));
    }

    /// <summary>What a run did.</summary>
    /// <param name="Created">Renewals created.</param>
    /// <param name="Skipped">Contracts skipped (not due, or already renewed).</param>
    /// <param name="Failed">Contracts that could not be renewed.</param>
    /// <param name="Calls">Calls of the API.</param>
    public sealed record Result(int Created, int Skipped, int Failed, int Calls);

    /// <summary>Runs the sweep to the end, from <paramref name="continuation"/> when resuming.</summary>
    public async Task<Result> RunAsync(string? continuation)
    {
        int? total = await ContractCountAsync().ConfigureAwait(false);
        int created = 0, skipped = 0, failed = 0, calls = 0;
        bool more;
        do
        {
            var body = new Dictionary<string, object>();
            if (!string.IsNullOrEmpty(continuation))
            {
                body[GenerateRenewalsApi.RequestContinuation] = continuation!;
            }

            JsonElement page;
            try
            {
                page = await api.PostAsync(GenerateRenewalsApi.MessageName, body).ConfigureAwait(false);
            }
            catch (WebApiException exception) when (calls > 0 && !string.IsNullOrEmpty(continuation))
            {
                throw new WebApiException(exception.Status, exception.Message + $" Resume with: renewals org sweep --continuation {continuation}");
            }

            calls++;
            created += page.GetProperty(GenerateRenewalsApi.ResponseCreated).GetInt32();
            skipped += page.GetProperty(GenerateRenewalsApi.ResponseSkipped).GetInt32();
            failed += page.GetProperty(GenerateRenewalsApi.ResponseFailed).GetInt32();
            more = page.GetProperty(GenerateRenewalsApi.ResponseMoreRecords).GetBoolean();
            continuation = page.TryGetProperty(GenerateRenewalsApi.ResponseContinuation, out var next) ? next.GetString() : null;
            output.WriteLine(Progress(created + skipped + failed, total, created, skipped, failed, calls));
        }
        while (more);

        return new Result(created, skipped, failed, calls);
    }

    /// <summary>One progress line: a bar when the number of contracts is known, then the counts.</summary>
    public static string Progress(int done, int? total, int created, int skipped, int failed, int calls)
    {
        string counts = $"{done:N0} contracts swept in {calls} {(calls == 1 ? "call" : "calls")}: created {created:N0}, skipped {skipped:N0}, failed {failed:N0}";
        if (total is not int all || all <= 0)
        {
            return counts;
        }

        int filled = Math.Min(BarWidth, (int)Math.Round((double)done / all * BarWidth));
        return $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {Math.Min(100, done * 100 / all),3}% {counts}";
    }

    // The platform's own snapshot count (RetrieveTotalRecordCount), for the bar only; without it the counts show alone.
    private async Task<int?> ContractCountAsync()
    {
        try
        {
            var counts = await api.GetAsync($"RetrieveTotalRecordCount(EntityNames=@tables)?@tables=[\"{CustomerContract.EntityLogicalName}\"]").ConfigureAwait(false);
            return counts.GetProperty("EntityRecordCountCollection").GetProperty("Values").EnumerateArray().Select(v => (int?)v.GetInt32()).FirstOrDefault();
        }
        catch (Exception exception) when (exception is WebApiException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
