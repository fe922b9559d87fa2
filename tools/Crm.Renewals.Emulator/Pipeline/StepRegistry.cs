using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>The steps of one organization, indexed by message and ordered by stage, rank and registration.</summary>
internal sealed class StepRegistry
{
    private static readonly IReadOnlyList<RegisteredStep> None = Array.Empty<RegisteredStep>();
    private readonly Dictionary<string, List<RegisteredStep>> byMessage = new(StringComparer.OrdinalIgnoreCase);
    private int count;

    public int Count => count;

    public void Add(StepRegistration registration, string? secureConfiguration, Guid? runAsUserId = null)
    {
        if (!byMessage.TryGetValue(registration.Message, out var steps))
        {
            steps = [];
            byMessage[registration.Message] = steps;
        }

        steps.Add(new RegisteredStep(registration, secureConfiguration, count++, runAsUserId));
        steps.Sort((left, right) => (left.Stage, left.Registration.Rank, left.Order).CompareTo((right.Stage, right.Registration.Rank, right.Order)));
    }

    /// <summary>Whether any step is registered on the message (a cheap test before building contexts).</summary>
    public bool Any(string message) => byMessage.ContainsKey(message);

    /// <summary>The steps of a message for the table at a stage and mode, in execution order.</summary>
    public IReadOnlyList<RegisteredStep> For(string message, string entityName, int stage, ExecutionMode mode)
    {
        if (!byMessage.TryGetValue(message, out var steps))
        {
            return None;
        }

        List<RegisteredStep>? matching = null;
        foreach (var step in steps)
        {
            if (step.Stage == stage && step.Registration.Mode == mode
                && (step.Registration.PrimaryEntity.Length == 0 || string.Equals(step.Registration.PrimaryEntity, entityName, StringComparison.Ordinal)))
            {
                (matching ??= []).Add(step);
            }
        }

        return matching ?? None;
    }

    /// <summary>Every step, for diagnostics.</summary>
    public IEnumerable<RegisteredStep> All => byMessage.Values.SelectMany(steps => steps).OrderBy(step => step.Order);
}
