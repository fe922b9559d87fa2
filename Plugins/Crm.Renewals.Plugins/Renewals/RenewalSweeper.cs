using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;
using Crm.Renewals.Plugins.Risk;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// One call of the daily sweep: reads one page of candidate contracts after the continuation (one
/// query), generates their renewals, and says where the next call continues. The work per call is
/// bounded by the page size (at most <see cref="RenewalSweep.MaxPageSize"/> contracts, each about ten
/// writes), so a call stays far inside the 2-minute limit however many contracts the organization holds;
/// a scheduler calls again while <see cref="SweepResult.MoreRecords"/> is true.
/// </summary>
internal static class RenewalSweeper
{
    /// <summary>Runs one page.</summary>
    /// <exception cref="InvalidPluginExecutionException">The page size or continuation is not valid; nothing is read or written.</exception>
    public static SweepResult Run(ILocalPluginContext context, SweepRequest request)
    {
        if (RenewalSweep.ValidatePageSize(request.PageSize) is string pageSizeProblem)
        {
            throw new InvalidPluginExecutionException(pageSizeProblem);
        }

        if (RenewalSweep.ValidateAsOf(request.AsOf, context.Clock.UtcNow) is string asOfProblem)
        {
            throw new InvalidPluginExecutionException(asOfProblem);
        }

        var cursor = ReadContinuation(request.Continuation);
        var asOf = RenewalSweep.Day(cursor?.AsOf, request.AsOf, context.Clock.UtcNow);

        // The first call of a day's sweep also lets expired CSM overrides lapse, before contracts are read, so
        // an account that falls back to Red is swept with the at-risk lead time.
        if (cursor is null)
        {
            var refreshed = ExpiredOverrides.Refresh(context.SystemService, asOf, context.Clock.UtcNow, RenewalSweep.MaxPageSize);
            context.Trace("Expired CSM overrides re-evaluated: " + DomainText.Number(refreshed));
        }

        var policy = Policies.Renewal(context);
        var pageSize = RenewalSweep.PageSizeOrDefault(request.PageSize);
        var window = RenewalSweep.Window(asOf, policy);
        var service = context.SystemService;
        var rows = RenewalCandidateQuery.Run(service, SweepQuery.Build(window, policy, cursor, pageSize + 1));
        var page = rows.Take(pageSize).ToArray();
        var results = new RenewalGenerator(service, context.PluginExecutionContext.IsInTransaction).Generate(page, asOf, policy);

        // The trace log keeps about 10 KB per execution: a line for each failed contract (what to fix), counts for the rest.
        foreach (var failed in results.Where(r => r.Outcome == GenerationOutcome.Failed))
        {
            context.Trace(failed.ToString());
        }

        var moreRecords = rows.Length > pageSize;
        var last = page.LastOrDefault();
        var continuation = moreRecords && last is not null
            ? new SweepCursor(asOf, last.Contract.EndDate!.Value, last.ContractId).Format()
            : string.Empty;
        var result = new SweepResult(
            results.Count(r => r.Outcome == GenerationOutcome.Created),
            results.Count(r => r.Outcome == GenerationOutcome.Skipped),
            results.Count(r => r.Outcome == GenerationOutcome.Failed),
            continuation,
            moreRecords);
        context.Trace(
            "Sweep for " + DomainText.Date(asOf) + ": " + DomainText.Number(page.Length) + " contracts read, " + DomainText.Number(result.Created) + " created, "
            + DomainText.Number(result.Skipped) + " skipped, " + DomainText.Number(result.Failed) + " failed" + (moreRecords ? "; more remain." : "; done."));
        return result;
    }

    private static SweepCursor? ReadContinuation(string? continuation)
    {
        if (string.IsNullOrEmpty(continuation))
        {
            return null;
        }

        return SweepCursor.TryParse(continuation, out var cursor, out var problem)
            ? cursor
            : throw new InvalidPluginExecutionException(problem);
    }
}
