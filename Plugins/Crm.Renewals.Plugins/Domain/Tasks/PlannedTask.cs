using System;

namespace Crm.Renewals.Plugins.Domain.Tasks;

/// <summary>A task the domain decided to create; the plugin writes it as an activity regarding the record.</summary>
public sealed class PlannedTask
{
    /// <summary>Creates a planned task.</summary>
    /// <param name="milestone">What the task is for.</param>
    /// <param name="subject">The task subject.</param>
    /// <param name="description">What the task asks for.</param>
    /// <param name="dueDate">The due date (a calendar date, never in the past when planned).</param>
    public PlannedTask(TaskMilestone milestone, string subject, string description, DateTime dueDate)
    {
        Milestone = milestone;
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        DueDate = dueDate.Date;
    }

    /// <summary>What the task is for.</summary>
    public TaskMilestone Milestone { get; }

    /// <summary>The task subject.</summary>
    public string Subject { get; }

    /// <summary>What the task asks for.</summary>
    public string Description { get; }

    /// <summary>The due date (calendar date).</summary>
    public DateTime DueDate { get; }

    /// <inheritdoc />
    public override string ToString() => Subject + " (due " + Text.DomainText.Date(DueDate) + ")";
}
