using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>Reads a remediation item save for <see cref="Domain.Saves.RemediationItemRules"/>.</summary>
internal static class RemediationItemRows
{
    /// <summary>The Update step's pre-image.</summary>
    public static readonly IReadOnlyList<string> ImageColumns = new[] { RemediationItem.ActionOwner, RemediationItem.DueDate, RemediationItem.SuccessMetric };

    /// <summary>The item as it will be stored; its due date is new when this save sets it.</summary>
    public static RemediationItemSave Read(Entity target, Entity? preImage)
    {
        var row = SavedRow.Merge(target, preImage);
        return new RemediationItemSave(
            row.GetAttributeValue<EntityReference>(RemediationItem.ActionOwner) is not null,
            row.GetAttributeValue<DateTime?>(RemediationItem.DueDate),
            preImage is null || target.Attributes.ContainsKey(RemediationItem.DueDate),
            row.GetAttributeValue<string>(RemediationItem.SuccessMetric));
    }

    /// <summary>Refuses the save with every problem, or does nothing.</summary>
    /// <exception cref="InvalidPluginExecutionException">There is a problem.</exception>
    public static void RefuseIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException("The remediation item cannot be saved: " + string.Join(" ", problems));
        }
    }
}
