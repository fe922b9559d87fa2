using Crm.Renewals.Plugins.Domain.Saves;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>A save plan save as read, before it is sized.</summary>
internal sealed class PendingSavePlan
{
    public PendingSavePlan(SavePlanFacts facts, Entity? stored, System.DateTime startedOn, Entity? contract, bool needsSizing)
    {
        Facts = facts;
        Stored = stored;
        StartedOn = startedOn;
        Contract = contract;
        NeedsSizing = needsSizing;
    }

    /// <summary>What the sizing is derived from.</summary>
    public SavePlanFacts Facts { get; }

    /// <summary>The day the plan opened (today for a new one), from which days to renewal at start count.</summary>
    public System.DateTime StartedOn { get; }

    /// <summary>The stored plan (the Update's pre-image), or null on Create.</summary>
    public Entity? Stored { get; }

    /// <summary>The contract read for a new plan or a newly linked one (ARR, end date, current renewal), or null.</summary>
    public Entity? Contract { get; }

    /// <summary>True on Create and when a sizing input changes.</summary>
    public bool NeedsSizing { get; }
}
