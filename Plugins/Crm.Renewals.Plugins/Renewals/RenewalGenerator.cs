using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// The one place renewals are generated, whatever triggered it (the daily sweep, a contract save, an
/// account turning Red): for each contract it asks <see cref="RenewalPlanner.Decide"/>, and when the
/// renewal is due creates the opportunity with its milestone tasks in one request and points the
/// contract at it. Bad data is reported (never thrown) before anything is written, so one broken
/// contract does not undo the others of the call.
/// </summary>
/// <remarks>
/// Exactly one renewal per term: the renewals already stored for the term are read first (one query for
/// all candidates), and the alternate key <c>crr_contracttermkey</c> refuses any duplicate that a
/// concurrent run creates in between. Inside a transaction (the sweep, the account step) a refused create
/// would abort the caller's whole call, so before creating, the generator takes each contract it is about
/// to renew, in id order, by writing its <c>crr_renewalcheckedon</c>, and reads the stored renewals of those
/// contracts again: a concurrent generation holds the same contract's lock until it commits, so the second
/// one waits, then finds the renewal and skips it. The duplicate-record fault is still the only one caught:
/// outside a transaction (asynchronous steps) it means "someone else was first" and counts as skipped; inside
/// one (a generation outside a transaction got there first) it becomes a message telling the caller to run
/// again, which then finds the renewal and skips it.
/// </remarks>
internal sealed class RenewalGenerator
{
    private readonly IOrganizationService service;
    private readonly bool insideTransaction;

    /// <summary>Creates a generator writing through <paramref name="service"/>.</summary>
    /// <param name="service">The service to read and write with.</param>
    /// <param name="insideTransaction">Whether the caller runs inside the platform's transaction (<c>IsInTransaction</c>).</param>
    public RenewalGenerator(IOrganizationService service, bool insideTransaction)
    {
        this.service = service;
        this.insideTransaction = insideTransaction;
    }

    /// <summary>Generates what is due on <paramref name="today"/> for each candidate; the results say what happened and why.</summary>
    public IReadOnlyList<GenerationResult> Generate(IReadOnlyList<RenewalCandidate> candidates, DateTime today, RenewalPolicy policy)
    {
        var decisions = candidates.Select(candidate => candidate.Account is null ? null : RenewalPlanner.Decide(candidate.Contract, candidate.AccountInputs, today, policy)).ToArray();
        var contractIds = candidates.Select(candidate => candidate.ContractId).ToArray();
        var existing = ExistingRenewals.Find(service, contractIds, today);
        if (insideTransaction)
        {
            var toCreate = candidates.Where((candidate, index) => decisions[index] is { Outcome: RenewalDecisionOutcome.Due } due
                && existing.For(candidate.ContractId, due.Plan!.TermEndDate) is null && existing.OpenTermOf(candidate.ContractId) is null)
                .Select(candidate => candidate.ContractId).OrderBy(id => id).ToArray();
            if (toCreate.Length > 0)
            {
                foreach (var contractId in toCreate)
                {
                    service.Update(new Entity(CustomerContract.EntityLogicalName, contractId) { [CustomerContract.RenewalCheckedOn] = today });
                }

                existing = ExistingRenewals.Find(service, contractIds, today);
            }
        }

        return candidates.Select((candidate, index) => GenerateOne(candidate, decisions[index], existing)).ToArray();
    }

    private GenerationResult GenerateOne(RenewalCandidate candidate, RenewalDecision? decision, ExistingRenewals existing)
    {
        if (decision is null)
        {
            return new GenerationResult(candidate, GenerationOutcome.Failed, RenewalProblemText.MissingAccount);
        }

        switch (decision.Outcome)
        {
            case RenewalDecisionOutcome.Refused:
                return new GenerationResult(candidate, GenerationOutcome.Failed, RenewalProblemText.Describe(decision.Problems));
            case RenewalDecisionOutcome.Due:
                var plan = decision.Plan!;
                return existing.For(candidate.ContractId, plan.TermEndDate) is Guid renewal
                    ? AlreadyRenewed(candidate, renewal, plan)
                    : existing.OpenTermOf(candidate.ContractId) is DateTime openTerm
                        ? new GenerationResult(
                            candidate,
                            GenerationOutcome.Skipped,
                            "The contract already has an open renewal, for the term ending " + DomainText.Date(openTerm) + "; it moves to the end date "
                                + DomainText.Date(plan.TermEndDate) + " with the contract's own step, and no second renewal is created.")
                        : Create(candidate, plan, decision.Message);
            default:
                return new GenerationResult(candidate, GenerationOutcome.Skipped, decision.Message);
        }
    }

    private GenerationResult Create(RenewalCandidate candidate, RenewalPlan plan, string why)
    {
        Guid id;
        try
        {
            id = service.Create(RenewalOpportunityBuilder.Build(candidate, plan, why));
        }
        catch (Exception exception) when (DuplicateRecordFault.Is(exception))
        {
            if (insideTransaction)
            {
                throw new InvalidPluginExecutionException(
                    candidate.Label + ": another process created the renewal for the term ending " + DomainText.Date(plan.TermEndDate)
                        + " at the same moment, so nothing of this call was saved. Run it again: the renewal that exists now is skipped.",
                    exception);
            }

            return new GenerationResult(candidate, GenerationOutcome.Skipped, "The renewal for the term ending " + DomainText.Date(plan.TermEndDate) + " was created by a concurrent run first.");
        }

        PointAt(candidate, id);
        return new GenerationResult(candidate, GenerationOutcome.Created, why + " " + plan.Owner.Reason + " " + DomainText.Capitalize(DomainText.Count(plan.Tasks.Count, "task", "tasks")) + " planned.", id);
    }

    // The term has its renewal, but the contract does not point at it (e.g. the pointer was cleared by hand): repair the pointer.
    private GenerationResult AlreadyRenewed(RenewalCandidate candidate, Guid renewal, RenewalPlan plan)
    {
        if (candidate.CurrentRenewal?.Id != renewal)
        {
            PointAt(candidate, renewal);
        }

        return new GenerationResult(
            candidate,
            GenerationOutcome.Skipped,
            "The term ending " + DomainText.Date(plan.TermEndDate) + " already has its renewal (" + renewal.ToString("D") + ").",
            renewal);
    }

    private void PointAt(RenewalCandidate candidate, Guid renewal) => service.Update(new Entity(CustomerContract.EntityLogicalName, candidate.ContractId)
    {
        [CustomerContract.CurrentRenewalOpportunity] = new EntityReference(Opportunity.EntityLogicalName, renewal),
    });
}
