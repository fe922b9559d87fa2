using System;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>A remediation item as the save would store it.</summary>
internal sealed class RemediationItemSave
{
    public RemediationItemSave(bool hasOwner, DateTime? dueDate, bool dueDateIsNew, string? successMetric)
    {
        HasOwner = hasOwner;
        DueDate = dueDate;
        DueDateIsNew = dueDateIsNew;
        SuccessMetric = successMetric;
    }

    /// <summary>An action owner is named.</summary>
    public bool HasOwner { get; }

    /// <summary>The due date.</summary>
    public DateTime? DueDate { get; }

    /// <summary>This save sets the due date.</summary>
    public bool DueDateIsNew { get; }

    /// <summary>The success metric.</summary>
    public string? SuccessMetric { get; }
}
