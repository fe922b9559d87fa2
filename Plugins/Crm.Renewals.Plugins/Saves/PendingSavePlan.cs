using Crm.Renewals.Plugins.Domain.Saves;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>A save plan save as read, before it is sized.</summary>
internal sealed class PendingSavePlan
{
    public PendingSavePlan(SavePlanFacts facts, Entity? contract, bool needsSizing)
    {
        Facts = facts;
        Contract = contract;
        NeedsSizing = needsSizing;
    }

    /// <summary>What the sizing is derived from.</summary>
    public SavePlanFacts Facts { get; }

    /// <summary>A new plan's contract (ARR, end date, current renewal), or null.</summary>
    public Entity? Contract { get; }

    /// <summary>True on Create and when a sizing input changes.</summary>
    public bool NeedsSizing { get; }
}
