using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// The open renewal opportunities of an account's or a contract's active contracts, read in one query with the
/// contract's end date and ARR and the account's owner and category linked in, ⇄ the domain's
/// <see cref="OpenRenewal"/> and <see cref="OpenRenewalChange"/>.
/// </summary>
internal static class OpenRenewalRows
{
    /// <summary>Alias of the linked contract.</summary>
    public const string ContractAlias = "contract";

    /// <summary>Alias of the account linked to the contract.</summary>
    public const string AccountAlias = "account";

    private static readonly RenewalStrategy[] Strategies = (RenewalStrategy[])Enum.GetValues(typeof(RenewalStrategy));

    /// <summary>The open renewals (<c>crr_isrenewal</c>) of the active contracts of <paramref name="accountId"/>.</summary>
    public static QueryExpression OfAccount(Guid accountId) => Open(CustomerContract.Account, accountId);

    /// <summary>The open renewals of the contract, when it is active (at most one, spec §3).</summary>
    public static QueryExpression OfContract(Guid contractId) => Open(CustomerContract.CustomerContractId, contractId);

    private static QueryExpression Open(string contractColumn, Guid id)
    {
        var query = new QueryExpression(Opportunity.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(
                Opportunity.Name, Opportunity.RiskCategory, Opportunity.RenewalStrategy, Opportunity.OwnerId, Opportunity.TermEndDate, Opportunity.EstimatedValue),
        };
        query.Criteria.AddCondition(Opportunity.StateCode, ConditionOperator.Equal, OpportunityStateCodeChoice.Open);
        query.Criteria.AddCondition(Opportunity.IsRenewal, ConditionOperator.Equal, true);
        var contract = query.AddLink(CustomerContract.EntityLogicalName, Opportunity.Contract, CustomerContract.CustomerContractId, JoinOperator.Inner);
        contract.EntityAlias = ContractAlias;
        contract.Columns = new ColumnSet(CustomerContract.Arr, CustomerContract.EndDate);
        contract.LinkCriteria.AddCondition(contractColumn, ConditionOperator.Equal, id);
        RenewalCandidateQuery.OnlyActive(contract.LinkCriteria);
        var account = contract.AddLink(Account.EntityLogicalName, CustomerContract.Account, Account.AccountId, JoinOperator.Inner);
        account.EntityAlias = AccountAlias;
        account.Columns = new ColumnSet(Account.OwnerId, Account.RiskCategory);
        query.AddOrder(Opportunity.OpportunityId, OrderType.Ascending);
        return query;
    }

    /// <summary>The domain view of a row of <see cref="OfAccount"/> or <see cref="OfContract"/>.</summary>
    /// <param name="row">The opportunity row.</param>
    /// <param name="hasOpenRedAccountReview">Whether an open "Red account review meeting" task regards it.</param>
    public static OpenRenewal ToDomain(Entity row, bool hasOpenRedAccountReview) => new()
    {
        Category = RiskCategoryOptions.FromOptionSetValue(row.GetAttributeValue<OptionSetValue>(Opportunity.RiskCategory)),
        Strategy = StrategyOf(row.GetAttributeValue<OptionSetValue>(Opportunity.RenewalStrategy)),
        Owner = OwnerReferences.FromEntityReference(row.GetAttributeValue<EntityReference>(Opportunity.OwnerId)),
        Arr = AliasedColumns.Linked<Money>(row, ContractAlias, CustomerContract.Arr)?.Value,
        HasOpenRedAccountReview = hasOpenRedAccountReview,
        TermEndDate = row.GetAttributeValue<DateTime?>(Opportunity.TermEndDate),
        EstimatedRevenue = row.GetAttributeValue<Money>(Opportunity.EstimatedValue)?.Value,
        ContractEndDate = AliasedColumns.Linked<DateTime?>(row, ContractAlias, CustomerContract.EndDate),
        AccountCategory = RiskCategoryOptions.FromOptionSetValue(AliasedColumns.Linked<OptionSetValue>(row, AccountAlias, Account.RiskCategory)),
    };

    /// <summary>The owner (CSM) of the row's account, or null.</summary>
    public static OwnerReference? AccountOwner(Entity row) =>
        OwnerReferences.FromEntityReference(AliasedColumns.Linked<EntityReference>(row, AccountAlias, Account.OwnerId));

    /// <summary>The Update carrying only the columns <paramref name="change"/> alters; no attributes when nothing does.</summary>
    public static Entity Update(Guid renewalId, OpenRenewalChange change)
    {
        var update = new Entity(Opportunity.EntityLogicalName, renewalId);
        if (change.Category is { } category)
        {
            update[Opportunity.RiskCategory] = RiskCategoryOptions.ToOptionSetValue(category);
        }

        if (change.Strategy is { } strategy)
        {
            update[Opportunity.RenewalStrategy] = RenewalStrategyOptions.ToOptionSetValue(strategy);
        }

        if (change.Owner is { } owner)
        {
            update[Opportunity.OwnerId] = OwnerReferences.ToEntityReference(owner.Owner);
        }

        if (change.Term is { } term)
        {
            update[Opportunity.TermEndDate] = RenewalCandidateQuery.Day(term.TermEndDate);
            update[Opportunity.EstimatedCloseDate] = RenewalCandidateQuery.Day(term.EstimatedCloseDate);
        }

        if (change.EstimatedRevenue is decimal revenue)
        {
            update[Opportunity.EstimatedValue] = new Money(revenue);
        }

        return update;
    }

    /// <summary>How a trace line names the renewal.</summary>
    public static string Label(Entity row) => "Renewal '" + (row.GetAttributeValue<string>(Opportunity.Name) ?? string.Empty) + "' (" + row.Id.ToString("D") + ")";

    private static RenewalStrategy? StrategyOf(OptionSetValue? value) =>
        value is null ? null : Strategies.Where(strategy => RenewalStrategyOptions.ToValue(strategy) == value.Value).Cast<RenewalStrategy?>().FirstOrDefault();
}
