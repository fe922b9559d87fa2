using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// What closing a renewal opportunity does to its contract (<see cref="RenewalClosing"/>): won, the
/// contract moves to its next term and its current-renewal pointer is cleared, so the next cycle starts
/// by itself (the contract's own step generates the next renewal as soon as it is due); lost, the contract
/// is churned and win-back tasks are created on the account. Runs in the closing transaction: a close
/// the contract's data does not allow is refused, and nothing is half-written. Closing twice is a no-op.
/// </summary>
internal static class RenewalCloser
{
    private static readonly string[] OpportunityColumns = { Opportunity.IsRenewal, Opportunity.Contract, Opportunity.TermEndDate, Opportunity.OwnerId };

    /// <summary>Applies the close to the renewal's contract; ignores opportunities that are not renewals.</summary>
    /// <exception cref="InvalidPluginExecutionException">The contract's data does not allow the close; the message says what to fix.</exception>
    public static void Close(ILocalPluginContext context, OpportunityCloseEvent? closed)
    {
        if (closed is null)
        {
            return;
        }

        var service = context.SystemService;
        var opportunity = service.Retrieve(Opportunity.EntityLogicalName, closed.OpportunityId, new ColumnSet(OpportunityColumns));
        var contractReference = opportunity.GetAttributeValue<EntityReference>(Opportunity.Contract);
        var termEnd = opportunity.GetAttributeValue<DateTime?>(Opportunity.TermEndDate);
        if (!opportunity.GetAttributeValue<bool>(Opportunity.IsRenewal) || contractReference is null || termEnd is null)
        {
            context.Trace("Opportunity " + closed.OpportunityId.ToString("D") + " is not a renewal of a contract term: its contract is left as it is.");
            return;
        }

        var contractRow = service.Retrieve(CustomerContract.EntityLogicalName, contractReference.Id, new ColumnSet(ContractRows.Columns.ToArray()));
        var contract = ContractRows.ToDomain(contractRow);
        var account = contractRow.GetAttributeValue<EntityReference>(CustomerContract.Account);
        var closing = closed.Won
            ? RenewalClosing.Won(contract, termEnd.Value)
            : RenewalClosing.Lost(contract, termEnd.Value, context.Clock.UtcNow.Date, Policies.Renewal(context), account is not null && HasOpenWinBack(service, account));
        context.Trace(closing.Outcome + ": " + closing.Message);
        switch (closing.Outcome)
        {
            case ContractClosingOutcome.Refused:
                throw new InvalidPluginExecutionException(
                    "The renewal cannot be closed as " + (closed.Won ? "won" : "lost") + " until its contract is corrected. " + RenewalProblemText.Describe(closing.Problems));
            case ContractClosingOutcome.Apply:
                Apply(service, opportunity, contractReference.Id, account, closing);
                break;
        }
    }

    private static void Apply(IOrganizationService service, Entity opportunity, Guid contractId, EntityReference? account, ContractClosing closing)
    {
        service.Update(ContractChange(contractId, closing));
        var owner = opportunity.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
        var regarding = account ?? opportunity.ToEntityReference();
        foreach (var task in closing.Tasks)
        {
            var row = TaskRows.Build(task, owner);
            row[TaskTable.RegardingObjectId] = regarding;
            service.Create(row);
        }
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

    // A save plan logged as lost may have planned the win-back already (spec §5): the customer gets one series, not two.
    private static bool HasOpenWinBack(IOrganizationService service, EntityReference account)
    {
        var query = new QueryExpression(TaskTable.EntityLogicalName) { ColumnSet = new ColumnSet(TaskTable.ActivityId), TopCount = 1 };
        query.Criteria.AddCondition(TaskTable.RegardingObjectId, ConditionOperator.Equal, account.Id);
        query.Criteria.AddCondition(TaskTable.Milestone, ConditionOperator.Equal, MilestoneOptions.ToValue(TaskMilestone.WinBack));
        query.Criteria.AddCondition(TaskTable.StateCode, ConditionOperator.Equal, TaskStateCodeChoice.Open);
        return service.RetrieveMultiple(query).Entities.Count > 0;
    }
}
