using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>Reads the parts of an execution context the risk steps use.</summary>
internal static class StepContext
{
    /// <summary>Name of the input parameter holding the record the message acts on.</summary>
    public const string TargetParameter = "Target";

    /// <summary>The Target of Create or Update.</summary>
    public static Entity TargetEntity(IPluginExecutionContext context) => (Entity)context.InputParameters[TargetParameter];

    /// <summary>The Target of a bound Custom API.</summary>
    public static EntityReference TargetReference(IPluginExecutionContext context) => (EntityReference)context.InputParameters[TargetParameter];

    /// <summary>An image the step registered, or null when the message has none (a pre-image on Create).</summary>
    public static Entity? Image(EntityImageCollection images, string alias) => images.TryGetValue(alias, out var image) ? image : null;
}
