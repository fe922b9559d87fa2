using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// What closing a renewal opportunity does to its contract (<see cref="RenewalClosing"/>): won, the
/// contract moves to its next term and its current-renewal pointer is cleared, so the next cycle starts
/// by itself (the contract's own step generates the next renewal as soon as it is due); lost, the contract
/// is churned and win-back tasks are created on the account, once per lost contract. Runs after the close has
/// committed and reads the opportunity's stored state, so it does not matter which path closed it; a close the
/// contract's data does not allow fails the system job with what to fix, and writes nothing. Seeing the same close
/// twice (its close activity and its state change) is a no-op the second time.
/// </summary>
internal static class RenewalCloser
{
    private static readonly string[] OpportunityColumns =
    {
        Opportunity.IsRenewal, Opportunity.Contract, Opportunity.TermEndDate, Opportunity.OwnerId, Opportunity.StateCode,
    };

    /// <summary>Applies the close to the renewal's contract; ignores opportunities that are not renewals.</summary>
    /// <exception cref="InvalidPluginExecutionException">The contract's data does not allow the close; the message says what to fix.</exception>
    public static void Close(ILocalPluginContext context, Guid? opportunityId)
    {
        if (opportunityId is not Guid id)
        {
            return;
        }

        var service = context.SystemService;
        var opportunity = service.Retrieve(Opportunity.EntityLogicalName, id, new ColumnSet(OpportunityColumns));
        var state = opportunity.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value;
        if (state is not (OpportunityStateCodeChoice.Won or OpportunityStateCodeChoice.Lost))
        {
            context.Trace("Opportunity " + id.ToString("D") + " is open again: nothing to close.");
            return;
        }

        var won = state == OpportunityStateCodeChoice.Won;
        var contractReference = opportunity.GetAttributeValue<EntityReference>(Opportunity.Contract);
        var termEnd = opportunity.GetAttributeValue<DateTime?>(Opportunity.TermEndDate);
        if (!opportunity.GetAttributeValue<bool>(Opportunity.IsRenewal) || contractReference is null || termEnd is null)
        {
            context.Trace("Opportunity " + id.ToString("D") + " is not a renewal of a contract term: its contract is left as it is.");
            return;
        }

        var contractRow = service.Retrieve(CustomerContract.EntityLogicalName, contractReference.Id, new ColumnSet(ContractRows.Columns.ToArray()));
        var contract = ContractRows.ToDomain(contractRow);
        var account = contractRow.GetAttributeValue<EntityReference>(CustomerContract.Account);
        var closing = won
            ? RenewalClosing.Won(contract, termEnd.Value)
            : RenewalClosing.Lost(contract, termEnd.Value, context.Clock.UtcNow.Date, Policies.Renewal(context), WinBackTasks.ExistFor(service, contractReference.Id));
        context.Trace(closing.Outcome + ": " + closing.Message);
        switch (closing.Outcome)
        {
            case ContractClosingOutcome.Refused:
                throw new InvalidPluginExecutionException(
                    "The renewal cannot be closed as " + (won ? "won" : "lost") + " until its contract is corrected. " + RenewalProblemText.Describe(closing.Problems));
            case ContractClosingOutcome.Apply:
                Apply(service, opportunity, contractReference.Id, account, closing);
                break;
        }
    }

    private static void Apply(IOrganizationService service, Entity opportunity, Guid contractId, EntityReference? account, ContractClosing closing)
    {
        service.Update(ContractChange(contractId, closing));
        var owner = opportunity.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
        TaskRows.CreateAll(service, closing.Tasks, owner, account ?? opportunity.ToEntityReference(), new EntityReference(CustomerContract.EntityLogicalName, contractId));
    }

    private static Entity ContractChange(Guid contractId, ContractClosing closing)
    {
        var change = new Entity(CustomerContract.EntityLogicalName, contractId)
        {
            [CustomerContract.ContractStatus] = ContractStatusOptions.ToOptionSetValue(closing.NewStatus!.Value),
        };
        if (closing.NextEndDate is DateTime nextEnd)
        {
            change[CustomerContract.StartDate] = RenewalCandidateQuery.Day(closing.NextStartDate!.Value);
            change[CustomerContract.EndDate] = RenewalCandidateQuery.Day(nextEnd);
            change[CustomerContract.CurrentRenewalOpportunity] = null;
        }

        return change;
    }
}
