using System;
using System.Collections.Generic;
using Crm.Renewals.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// Splits an Update Target that holds statecode or statuscode together with other columns into the
/// platform's two passes: first the other columns, then the state and status columns. As documented
/// ("Behavior of specialized update operations"), Update steps at PreOperation and PostOperation then
/// run once for the non-state/status columns and once more for the state/status columns.
/// </summary>
internal static class UpdateTargetSplitter
{
    /// <summary>
    /// The Targets of the passes, in order, or an empty list when the Target needs no split (only state
    /// columns, or none): the primary id column and the alternate key travel with both parts.
    /// </summary>
    public static IReadOnlyList<Entity> Split(Entity target, string primaryIdColumn)
    {
        ArgumentNullException.ThrowIfNull(target);
        var others = Part(target);
        var state = Part(target);
        foreach (var attribute in target.Attributes)
        {
            if (attribute.Key is SystemColumns.StateCode or SystemColumns.StatusCode)
            {
                state.Attributes[attribute.Key] = attribute.Value;
            }
            else if (string.Equals(attribute.Key, primaryIdColumn, StringComparison.Ordinal))
            {
                state.Attributes[attribute.Key] = attribute.Value;
                others.Attributes[attribute.Key] = attribute.Value;
            }
            else
            {
                others.Attributes[attribute.Key] = attribute.Value;
            }
        }

        var hasOthers = others.Attributes.Count > (others.Contains(primaryIdColumn) ? 1 : 0);
        var hasState = state.Contains(SystemColumns.StateCode) || state.Contains(SystemColumns.StatusCode);
        return hasOthers && hasState ? [others, state] : [];
    }

    private static Entity Part(Entity target)
    {
        var part = new Entity(target.LogicalName, target.Id) { RowVersion = target.RowVersion };
        foreach (var key in target.KeyAttributes)
        {
            part.KeyAttributes[key.Key] = key.Value;
        }

        return part;
    }
}
