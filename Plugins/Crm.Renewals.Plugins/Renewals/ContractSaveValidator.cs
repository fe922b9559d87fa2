using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Refuses a contract save that would leave an active contract unrenewable (no end date, an end before
/// the start, a negative ARR, a missing or out-of-range term, an account without segment or owner...),
/// naming each column to fix, so the renewal timeline can never silently skip a contract and a won
/// renewal can always record the next term. <see cref="ContractSaveRules"/> decides what counts: a
/// contract that gets no renewal (churned, renewed, or deactivated) is not refused; reactivating one is checked.
/// </summary>
internal static class ContractSaveValidator
{
    private const string Refusal = "This contract cannot be saved because its renewal could not be planned. ";

    /// <summary>Checks the contract as the save will leave it.</summary>
    /// <param name="context">The step's context.</param>
    /// <param name="contract">The Target merged over the pre-image (see <see cref="Mapping.SavedRow.Merge"/>).</param>
    /// <exception cref="InvalidPluginExecutionException">Something must be fixed; the message lists every problem with its column.</exception>
    public static void Validate(ILocalPluginContext context, Entity contract)
    {
        var state = contract.GetAttributeValue<OptionSetValue>(CustomerContract.StateCode);
        if (state is not null && state.Value != CustomerContractStateCodeChoice.Active)
        {
            context.Trace("The contract is inactive (statecode " + state.Value + "): it gets no renewal, so it is not checked.");
            return;
        }

        var accountReference = contract.GetAttributeValue<EntityReference>(CustomerContract.Account)
            ?? throw new InvalidPluginExecutionException(Refusal + RenewalProblemText.MissingAccount);
        var account = context.SystemService.Retrieve(Account.EntityLogicalName, accountReference.Id, new ColumnSet(AccountRows.Columns.ToArray()));
        var problems = ContractSaveRules.Validate(ContractRows.ToDomain(contract), AccountRows.ToDomain(account));
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(Refusal + RenewalProblemText.Describe(problems));
        }
    }
}
