namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>Inputs of "log save outcome" named by validation problems.</summary>
public enum SaveOutcomeField
{
    /// <summary>The save plan itself (already closed or already logged).</summary>
    SavePlan,

    /// <summary>The outcome.</summary>
    Outcome,

    /// <summary>The outcome date.</summary>
    OutcomeDate,

    /// <summary>The saved ARR.</summary>
    SavedArr,

    /// <summary>The effort in hours.</summary>
    EffortHours,

    /// <summary>The cost of the effort.</summary>
    EffortCost,
}
