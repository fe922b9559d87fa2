using System;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>The stored save plan (and its contract) an outcome is logged on.</summary>
public sealed record SavePlanState
{
    /// <summary>The plan is closed.</summary>
    public bool IsClosed { get; init; }

    /// <summary>The outcome already logged, or null.</summary>
    public SaveOutcome? LoggedOutcome { get; init; }

    /// <summary>When the plan was opened (its creation).</summary>
    public DateTime OpenedOn { get; init; }

    /// <summary>The contract's ARR, which the saved ARR cannot exceed; null when unknown.</summary>
    public decimal? ContractArr { get; init; }

    /// <summary>The contract's end date, when known (anchors win-back tasks after a loss).</summary>
    public DateTime? ContractEndDate { get; init; }
}
