using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>A <c>crr_customercontract</c> row ⇄ the domain's <see cref="RenewalContract"/>.</summary>
internal static class ContractRows
{
    /// <summary>The columns renewal decisions read.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        CustomerContract.Name,
        CustomerContract.Account,
        CustomerContract.StartDate,
        CustomerContract.EndDate,
        CustomerContract.Arr,
        CustomerContract.TermMonths,
        CustomerContract.ContractStatus,
        CustomerContract.CurrentRenewalOpportunity,
    };

    /// <summary>The columns the save validation reads: <see cref="Columns"/> plus the record state (an inactive contract is not checked).</summary>
    public static IReadOnlyList<string> ValidationColumns { get; } = new List<string>(Columns) { CustomerContract.StateCode };

    /// <summary>The domain view of a contract row; a missing column reads as no value.</summary>
    /// <exception cref="InvalidPluginExecutionException">A column holds a value of another type than its metadata's; the message names each.</exception>
    public static RenewalContract ToDomain(Entity row)
    {
        var columns = new ColumnReader(CustomerContract.EntityLogicalName);
        var contract = new RenewalContract
        {
            StartDate = columns.Get<DateTime?>(row, CustomerContract.StartDate),
            EndDate = columns.Get<DateTime?>(row, CustomerContract.EndDate),
            Arr = columns.Get<Money>(row, CustomerContract.Arr)?.Value,
            TermMonths = columns.Get<int?>(row, CustomerContract.TermMonths),
            Status = ContractStatusOptions.FromOptionSetValue(columns.Get<OptionSetValue>(row, CustomerContract.ContractStatus)),
        };
        columns.ThrowIfAny();
        return contract;
    }

    /// <summary>
    /// The contract <paramref name="contractId"/> with <paramref name="columns"/>, or null when there is none. A query, not
    /// Retrieve: a Retrieve of a missing row would fail inside the transaction and doom it before the caller could say
    /// what to fix.
    /// </summary>
    public static Entity? Find(IOrganizationService service, Guid contractId, params string[] columns)
    {
        var query = new QueryExpression(CustomerContract.EntityLogicalName) { ColumnSet = new ColumnSet(columns), TopCount = 1 };
        query.Criteria.AddCondition(CustomerContract.CustomerContractId, ConditionOperator.Equal, contractId);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
