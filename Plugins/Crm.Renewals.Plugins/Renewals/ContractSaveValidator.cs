using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Refuses a contract save that would leave an active contract unrenewable (no end date, an end before
/// the start, a negative ARR, an account without segment or owner...), naming each column to fix, so the
/// renewal timeline can never silently skip a contract. The planner decides what counts: a contract it
/// would not renew anyway (churned, renewed) is not refused.
/// </summary>
internal static class ContractSaveValidator
{
    private const string Refusal = "This contract cannot be saved because its renewal could not be planned. ";

    /// <summary>Checks the contract as the save will leave it.</summary>
    /// <param name="context">The step's context.</param>
    /// <param name="contract">The Target merged over the pre-image (see <see cref="ContractRows.Merge"/>).</param>
    /// <exception cref="InvalidPluginExecutionException">Something must be fixed; the message lists every problem with its column.</exception>
    public static void Validate(ILocalPluginContext context, Entity contract)
    {
        var accountReference = contract.GetAttributeValue<EntityReference>(CustomerContract.Account)
            ?? throw new InvalidPluginExecutionException(Refusal + RenewalProblemText.MissingAccount);
        var account = context.SystemService.Retrieve(Account.EntityLogicalName, accountReference.Id, new ColumnSet(AccountRows.Columns.ToArray()));
        var decision = RenewalPlanner.Decide(ContractRows.ToDomain(contract), AccountRows.ToDomain(account), context.Clock.UtcNow.Date, Policies.Renewal(context));
        if (decision.Outcome == RenewalDecisionOutcome.Refused)
        {
            throw new InvalidPluginExecutionException(Refusal + RenewalProblemText.Describe(decision.Problems));
        }
    }
}
