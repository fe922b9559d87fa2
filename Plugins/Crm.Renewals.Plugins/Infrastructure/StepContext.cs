using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>Reads the parts of an execution context the steps use.</summary>
internal static class StepContext
{
    /// <summary>The Target of Create or Update.</summary>
    public static Entity TargetEntity(IPluginExecutionContext context) => (Entity)context.InputParameters[ParameterNames.Target];

    /// <summary>The Target of a bound Custom API.</summary>
    public static EntityReference TargetReference(IPluginExecutionContext context) => (EntityReference)context.InputParameters[ParameterNames.Target];

    /// <summary>An input parameter of type <typeparamref name="T"/>, or the default when it is absent or of another type (an optional Custom API parameter left out).</summary>
    public static T? Input<T>(ParameterCollection inputs, string name) => inputs.TryGetValue(name, out var value) && value is T typed ? typed : default;

    /// <summary>An image the step registered, or null when the message has none (a pre-image on Create).</summary>
    public static Entity? Image(EntityImageCollection images, string alias) => images.TryGetValue(alias, out var image) ? image : null;
}
