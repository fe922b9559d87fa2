namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>Status of a customer contract.</summary>
public enum ContractStatus
{
    /// <summary>In force; the only status that gets renewals. A won renewal keeps the contract Active with its next term.</summary>
    Active,

    /// <summary>Replaced by a new contract record; no further renewals.</summary>
    Renewed,

    /// <summary>The customer left: the renewal was lost.</summary>
    Churned,
}
