namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>How the renewal is run, chosen from the account's risk category (spec §3).</summary>
public enum RenewalStrategy
{
    /// <summary>Green: confirm the renewal with little ceremony.</summary>
    StreamlinedConfirmation,

    /// <summary>Expansion: grow the account at renewal.</summary>
    ExpansionFocus,

    /// <summary>Yellow (or not yet evaluated): re-establish the value delivered.</summary>
    ValueReinforcement,

    /// <summary>Red: run the renewal as a save.</summary>
    SaveMode,
}
