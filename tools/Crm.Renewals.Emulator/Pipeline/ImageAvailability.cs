using System;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// Which entity images the platform provides, per message and stage (documented availability):
/// Create has only a post-image, at PostOperation; Update, Assign and SetState have a pre-image at
/// every stage and a post-image at PostOperation; Delete has only a pre-image; other messages none.
/// </summary>
internal static class ImageAvailability
{
    private const int PostOperation = (int)PipelineStage.PostOperation;

    public static bool HasPreImage(string message) =>
        Is(message, MessageNames.Update) || Is(message, MessageNames.Delete) || Is(message, MessageNames.Assign) || Is(message, MessageNames.SetState);

    public static bool HasPostImage(string message) =>
        Is(message, MessageNames.Create) || Is(message, MessageNames.Update) || Is(message, MessageNames.Assign) || Is(message, MessageNames.SetState);

    public static bool PostImageAt(string message, int stage) => HasPostImage(message) && stage == PostOperation;

    private static bool Is(string message, string name) => string.Equals(message, name, StringComparison.OrdinalIgnoreCase);
}
