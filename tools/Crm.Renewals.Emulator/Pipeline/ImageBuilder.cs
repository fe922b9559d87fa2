using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>Builds the pre- and post-images a step asked for, limited to its declared columns.</summary>
internal static class ImageBuilder
{
    public static (EntityImageCollection Pre, EntityImageCollection Post) For(RegisteredStep step, MessageOperation operation, int stage)
    {
        var pre = new EntityImageCollection();
        var post = new EntityImageCollection();
        foreach (var image in step.Registration.Images)
        {
            if ((image.Type is ImageType.PreImage or ImageType.Both) && operation.PreImageSource is { } before && ImageAvailability.HasPreImage(operation.MessageName))
            {
                pre[image.Alias] = Project(before, image);
            }

            if ((image.Type is ImageType.PostImage or ImageType.Both) && operation.PostImageSource is { } after && ImageAvailability.PostImageAt(operation.MessageName, stage))
            {
                post[image.Alias] = Project(after, image);
            }
        }

        return (pre, post);
    }

    private static Entity Project(Entity row, StepImage image)
    {
        if (image.Attributes.Count == 0)
        {
            return EntityCloner.Clone(row);
        }

        var projected = new Entity(row.LogicalName, row.Id);
        foreach (var column in image.Attributes)
        {
            if (row.Attributes.TryGetValue(column, out var value))
            {
                projected.Attributes[column] = EntityCloner.CloneValue(value);
            }
        }

        return projected;
    }
}
