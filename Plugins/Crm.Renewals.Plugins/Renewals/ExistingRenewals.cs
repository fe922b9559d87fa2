using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// The renewal opportunities that already exist for a set of contracts, by (contract, term end): the
/// columns of the alternate key <c>crr_contracttermkey</c>, and each contract's open renewal whatever its term.
/// Reading them before creating means a duplicate is recognised without attempting the create, which inside a
/// transaction would abort it; and a contract whose end date was corrected keeps its one open renewal.
/// </summary>
internal sealed class ExistingRenewals
{
    private static readonly ExistingRenewals None = new(new Dictionary<Guid, Dictionary<DateTime, Guid>>(), new Dictionary<Guid, DateTime>());

    // Contract id → term end → renewal id.
    private readonly Dictionary<Guid, Dictionary<DateTime, Guid>> byContract;

    // Contract id → term end of its open renewal.
    private readonly Dictionary<Guid, DateTime> openTerm;

    private ExistingRenewals(Dictionary<Guid, Dictionary<DateTime, Guid>> byContract, Dictionary<Guid, DateTime> openTerm)
    {
        this.byContract = byContract;
        this.openTerm = openTerm;
    }

    /// <summary>One query for the opportunities of <paramref name="contractIds"/> whose term ends on or after <paramref name="fromTermEnd"/> or that are open.</summary>
    public static ExistingRenewals Find(IOrganizationService service, IReadOnlyCollection<Guid> contractIds, DateTime fromTermEnd)
    {
        if (contractIds.Count == 0)
        {
            return None;
        }

        var query = new QueryExpression(Opportunity.EntityLogicalName) { ColumnSet = new ColumnSet(Opportunity.Contract, Opportunity.TermEndDate, Opportunity.StateCode) };
        query.Criteria.AddCondition(Opportunity.Contract, ConditionOperator.In, contractIds.Cast<object>().ToArray());
        var recentOrOpen = query.Criteria.AddFilter(LogicalOperator.Or);
        recentOrOpen.AddCondition(Opportunity.TermEndDate, ConditionOperator.GreaterEqual, RenewalCandidateQuery.Day(fromTermEnd));
        recentOrOpen.AddCondition(Opportunity.StateCode, ConditionOperator.Equal, OpportunityStateCodeChoice.Open);
        var byContract = new Dictionary<Guid, Dictionary<DateTime, Guid>>();
        var openTerm = new Dictionary<Guid, DateTime>();
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var contract = row.GetAttributeValue<EntityReference>(Opportunity.Contract);
            var termEnd = row.GetAttributeValue<DateTime?>(Opportunity.TermEndDate);
            if (contract is not null && termEnd is DateTime end)
            {
                if (!byContract.TryGetValue(contract.Id, out var terms))
                {
                    terms = new Dictionary<DateTime, Guid>();
                    byContract[contract.Id] = terms;
                }

                terms[end.Date] = row.Id;
                if (row.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value == OpportunityStateCodeChoice.Open)
                {
                    openTerm[contract.Id] = end.Date;
                }
            }
        }

        return new ExistingRenewals(byContract, openTerm);
    }

    /// <summary>The term end of the contract's open renewal, or null when it has none.</summary>
    public DateTime? OpenTermOf(Guid contractId) => openTerm.TryGetValue(contractId, out var end) ? end : null;

    /// <summary>The renewal of the contract's term ending on <paramref name="termEnd"/>, or null.</summary>
    public Guid? For(Guid contractId, DateTime termEnd) =>
        byContract.TryGetValue(contractId, out var terms) && terms.TryGetValue(termEnd.Date, out var id) ? id : null;
}
