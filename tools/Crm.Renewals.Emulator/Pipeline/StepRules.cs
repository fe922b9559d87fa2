using System;
using System.Linq;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// Refuses, at registration, a step the Plug-in Registration Tool or the platform would refuse, so a
/// test fails on the mistake rather than on a step that silently never runs.
/// </summary>
internal static class StepRules
{
    private const int AllowedNone = 0;
    private const int AllowedAsyncOnly = 1;

    public static void Validate(StepRegistration step, CustomApiModel? customApi)
    {
        ArgumentNullException.ThrowIfNull(step);
        PluginActivator.Validate(step.PluginType);
        var name = "Step '" + step.Name + "'";
        if (string.IsNullOrWhiteSpace(step.Message))
        {
            throw new ArgumentException(name + " has no message.", nameof(step));
        }

        if (step.Stage == PipelineStage.MainOperation)
        {
            throw new ArgumentException(
                name + " is registered at stage 30 (MainOperation), where only a Custom API's implementation runs; "
                + "bind that with RegisterCustomApi(new CustomApiBinding(uniqueName, pluginType)).",
                nameof(step));
        }

        if (step.Mode == ExecutionMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            throw new ArgumentException(name + " is asynchronous at stage " + (int)step.Stage + "; asynchronous steps run only at PostOperation (40).", nameof(step));
        }

        if (step.FilteringAttributes.Count > 0 && !string.Equals(step.Message, MessageNames.Update, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(name + " has filtering attributes, which apply to Update steps only.", nameof(step));
        }

        foreach (var image in step.Images)
        {
            ValidateImage(name, step, image);
        }

        if (customApi is not null)
        {
            ValidateCustomApiStep(name, step, customApi);
        }
    }

    private static void ValidateImage(string name, StepRegistration step, StepImage image)
    {
        var wantsPre = image.Type is ImageType.PreImage or ImageType.Both;
        var wantsPost = image.Type is ImageType.PostImage or ImageType.Both;
        if (wantsPre && !ImageAvailability.HasPreImage(step.Message))
        {
            throw new ArgumentException(name + " asks for pre-image '" + image.Alias + "', but " + step.Message + " has no pre-image.", nameof(step));
        }

        if (wantsPost && !ImageAvailability.HasPostImage(step.Message))
        {
            throw new ArgumentException(name + " asks for post-image '" + image.Alias + "', but " + step.Message + " has no post-image.", nameof(step));
        }

        if (wantsPost && step.Stage != PipelineStage.PostOperation)
        {
            throw new ArgumentException(name + " asks for post-image '" + image.Alias + "' at stage " + (int)step.Stage + "; post-images exist only at PostOperation (40).", nameof(step));
        }

        if (step.Images.Count(other => string.Equals(other.Alias, image.Alias, StringComparison.Ordinal)) > 1)
        {
            throw new ArgumentException(name + " declares image alias '" + image.Alias + "' twice.", nameof(step));
        }
    }

    private static void ValidateCustomApiStep(string name, StepRegistration step, CustomApiModel customApi)
    {
        if (customApi.AllowedCustomProcessingStepType == AllowedNone)
        {
            throw new ArgumentException(name + ": Custom API " + customApi.UniqueName + " allows no custom processing steps (allowedcustomprocessingsteptype 0).", nameof(step));
        }

        if (customApi.AllowedCustomProcessingStepType == AllowedAsyncOnly && step.Mode != ExecutionMode.Asynchronous)
        {
            throw new ArgumentException(name + ": Custom API " + customApi.UniqueName + " allows asynchronous steps only (allowedcustomprocessingsteptype 1).", nameof(step));
        }
    }
}
