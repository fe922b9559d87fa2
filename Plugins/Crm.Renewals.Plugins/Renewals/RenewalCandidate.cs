using System;
using Crm.Renewals.Plugins.Domain.Renewals;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>A contract read for renewal generation, with its account, in the domain's terms plus the references the writes need.</summary>
internal sealed class RenewalCandidate
{
    public RenewalCandidate(Guid contractId, string name, EntityReference? account, EntityReference? currentRenewal, RenewalContract contract, RenewalAccount accountInputs)
    {
        ContractId = contractId;
        Name = name;
        Account = account;
        CurrentRenewal = currentRenewal;
        Contract = contract;
        AccountInputs = accountInputs;
    }

    public Guid ContractId { get; }

    /// <summary>The contract's name, for traces and the opportunity's topic.</summary>
    public string Name { get; }

    /// <summary>The customer account, or null when the contract has none.</summary>
    public EntityReference? Account { get; }

    /// <summary>What <c>crr_currentrenewalopportunity</c> points at now, or null.</summary>
    public EntityReference? CurrentRenewal { get; }

    public RenewalContract Contract { get; }

    public RenewalAccount AccountInputs { get; }

    /// <summary>How a trace line names the contract.</summary>
    public string Label => "Contract '" + Name + "' (" + ContractId.ToString("D") + ")";
}
