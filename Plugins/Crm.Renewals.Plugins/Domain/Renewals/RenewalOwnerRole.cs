namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>Which side of the hybrid model (000 "Hybrid-Modell") owns a renewal.</summary>
public enum RenewalOwnerRole
{
    /// <summary>The account's CSM (the account owner).</summary>
    Csm,

    /// <summary>The configured sales user or team.</summary>
    Sales,
}
