namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>The inputs of a CSM override, named by validation problems.</summary>
public enum RiskOverrideField
{
    /// <summary>The override category.</summary>
    Category,

    /// <summary>The justification.</summary>
    Justification,

    /// <summary>The end of the override's validity.</summary>
    Until,
}
