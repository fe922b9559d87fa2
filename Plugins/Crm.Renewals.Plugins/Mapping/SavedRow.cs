using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>A row as a save will leave it, for steps that judge the whole row rather than the columns sent.</summary>
internal static class SavedRow
{
    /// <summary>
    /// The pre-image's columns overwritten by the Target's, including a column the Target clears (set to null), which
    /// is how the platform applies an update. On Create there is no pre-image and the Target is the row.
    /// </summary>
    /// <param name="target">The Target.</param>
    /// <param name="preImage">The pre-image, or null.</param>
    /// <returns>A new entity; neither argument is changed.</returns>
    public static Entity Merge(Entity target, Entity? preImage)
    {
        var merged = new Entity(target.LogicalName, target.Id);
        foreach (var source in new[] { preImage, target })
        {
            if (source is null)
            {
                continue;
            }

            foreach (var column in source.Attributes)
            {
                merged[column.Key] = column.Value;
            }
        }

        return merged;
    }
}
