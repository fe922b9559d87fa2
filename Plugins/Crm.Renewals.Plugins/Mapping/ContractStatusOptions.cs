using System;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>Maps <see cref="ContractStatus"/> to the values of the global choice <c>crr_contractstatus</c> (<see cref="ContractStatusChoice"/>) and back.</summary>
public static class ContractStatusOptions
{
    /// <summary>The option value of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its value in <see cref="ContractStatusChoice"/>.</returns>
    public static int ToValue(ContractStatus status) => status switch
    {
        ContractStatus.Active => ContractStatusChoice.Active,
        ContractStatus.Renewed => ContractStatusChoice.Renewed,
        ContractStatus.Churned => ContractStatusChoice.Churned,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "This contract status has no option in the Contract status choice."),
    };

    /// <summary>The status as a value to put into the choice column.</summary>
    /// <param name="status">The status.</param>
    /// <returns>A new <see cref="OptionSetValue"/>.</returns>
    public static OptionSetValue ToOptionSetValue(ContractStatus status) => new(ToValue(status));

    /// <summary>The status a choice column holds.</summary>
    /// <param name="value">The column's value, or null.</param>
    /// <returns>The status; null when the column is empty or holds a value this assembly does not know, which the renewal domain refuses with what to fix.</returns>
    public static ContractStatus? FromOptionSetValue(OptionSetValue? value) => value?.Value switch
    {
        ContractStatusChoice.Active => ContractStatus.Active,
        ContractStatusChoice.Renewed => ContractStatus.Renewed,
        ContractStatusChoice.Churned => ContractStatus.Churned,
        _ => null,
    };
}
