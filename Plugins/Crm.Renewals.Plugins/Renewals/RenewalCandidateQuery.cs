using System;
using System.Linq;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// The one query shape every renewal trigger reads contracts with: the contract's columns plus its
/// account's, linked in (outer, so a contract without an account is still read and reported), in the
/// sweep's order (end date, then id), so that a candidate costs no extra request.
/// </summary>
internal static class RenewalCandidateQuery
{
    /// <summary>Alias of the linked account.</summary>
    public const string AccountAlias = "account";

    /// <summary>A query for contracts with the candidate columns and order; the caller adds the criteria.</summary>
    public static QueryExpression Create()
    {
        var query = new QueryExpression(CustomerContract.EntityLogicalName) { ColumnSet = new ColumnSet(ContractRows.Columns.ToArray()) };
        var account = query.AddLink(Account.EntityLogicalName, CustomerContract.Account, Account.AccountId, JoinOperator.LeftOuter);
        account.EntityAlias = AccountAlias;
        account.Columns = new ColumnSet(AccountRows.Columns.ToArray());
        query.AddOrder(CustomerContract.EndDate, OrderType.Ascending);
        query.AddOrder(CustomerContract.CustomerContractId, OrderType.Ascending);
        return query;
    }

    /// <summary>Active contracts (record state and contract status), the only ones renewals are generated for.</summary>
    public static void OnlyActive(FilterExpression criteria)
    {
        criteria.AddCondition(CustomerContract.StateCode, ConditionOperator.Equal, CustomerContractStateCodeChoice.Active);
        criteria.AddCondition(CustomerContract.ContractStatus, ConditionOperator.Equal, ContractStatusChoice.Active);
    }

    /// <summary>Reads one row of a query made by <see cref="Create"/>.</summary>
    public static RenewalCandidate Read(Entity row) => new(
        row.Id,
        row.GetAttributeValue<string>(CustomerContract.Name) ?? string.Empty,
        row.GetAttributeValue<EntityReference>(CustomerContract.Account),
        row.GetAttributeValue<EntityReference>(CustomerContract.CurrentRenewalOpportunity),
        ContractRows.ToDomain(row),
        AccountRows.FromLinked(row, AccountAlias));

    /// <summary>Runs a query made by <see cref="Create"/> and reads its rows.</summary>
    public static RenewalCandidate[] Run(IOrganizationService service, QueryExpression query) =>
        service.RetrieveMultiple(query).Entities.Select(Read).ToArray();

    /// <summary>The day a contract's end date falls on, for a query value; date-only columns hold midnight.</summary>
    public static DateTime Day(DateTime date) => DateTime.SpecifyKind(date.Date, DateTimeKind.Utc);
}
