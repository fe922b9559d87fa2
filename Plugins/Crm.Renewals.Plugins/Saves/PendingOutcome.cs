using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Saves;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>A save outcome as read from the request and the stored plan, before it is judged.</summary>
internal sealed class PendingOutcome
{
    public PendingOutcome(Entity planRow, SavePlanState plan, SaveOutcomeRequest request, IReadOnlyList<Guid> concessions, IReadOnlyList<string> concessionProblems)
    {
        PlanRow = planRow;
        Plan = plan;
        Request = request;
        Concessions = concessions;
        ConcessionProblems = concessionProblems;
    }

    /// <summary>The stored plan (account, contract, owner).</summary>
    public Entity PlanRow { get; }

    /// <summary>The plan as the domain judges it.</summary>
    public SavePlanState Plan { get; }

    /// <summary>The outcome being logged.</summary>
    public SaveOutcomeRequest Request { get; }

    /// <summary>The concessions to link to the plan.</summary>
    public IReadOnlyList<Guid> Concessions { get; }

    /// <summary>What is wrong with the concessions named.</summary>
    public IReadOnlyList<string> ConcessionProblems { get; }
}
