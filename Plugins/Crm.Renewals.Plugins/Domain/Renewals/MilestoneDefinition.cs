using System;
using Crm.Renewals.Plugins.Domain.Tasks;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>One row of the spec's milestone table: what the task at that point asks for.</summary>
public sealed class MilestoneDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="milestone">Which milestone.</param>
    /// <param name="title">Short title, used in the task subject.</param>
    /// <param name="description">What the milestone asks for.</param>
    public MilestoneDefinition(TaskMilestone milestone, string title, string description)
    {
        Milestone = milestone;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Description = description ?? throw new ArgumentNullException(nameof(description));
    }

    /// <summary>Which milestone.</summary>
    public TaskMilestone Milestone { get; }

    /// <summary>Short title, used in the task subject.</summary>
    public string Title { get; }

    /// <summary>What the milestone asks for.</summary>
    public string Description { get; }
}
