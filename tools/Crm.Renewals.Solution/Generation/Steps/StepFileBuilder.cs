using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Generation.Registrations;

namespace Crm.Renewals.Solution.Generation.Steps;

/// <summary>
/// Builds <c>SdkMessageProcessingSteps/{step-id}.xml</c> in the shape of a real export (element order and
/// fixed values of an export of a step registered with the Plug-in Registration Tool).
/// </summary>
public static class StepFileBuilder
{
    /// <summary>Exported steps use 4602 (plug-in type) as their event handler type.</summary>
    private const int PluginTypeEventHandler = 4602;

    /// <summary>The value a Plug-in Registration Tool step is exported with.</summary>
    private const int InvocationSourceOfExportedSteps = 1;

    /// <summary>0 = server only.</summary>
    private const int ServerOnlyDeployment = 0;

    /// <summary>An image is taken of the record named by the request's <c>Target</c>; Create's images use the new <c>id</c>.</summary>
    private const string TargetProperty = "Target";
    private const string CreatedIdProperty = "Id";
    private const string CreateMessage = "Create";

    private const int AsynchronousMode = 1;
    private const string Separator = ",";
    private const string True = "1";
    private const string False = "0";

    /// <summary>The step's file name, e.g. <c>{a5191a6b-9290-ee11-8179-000d3a354bf5}.xml</c>.</summary>
    /// <param name="stepId">Step id.</param>
    /// <returns>The file name inside <c>SdkMessageProcessingSteps/</c>.</returns>
    public static string FileName(Guid stepId) => Braced(stepId) + ".xml";

    /// <summary>Builds the step element.</summary>
    /// <param name="step">The declaration.</param>
    /// <param name="pluginTypeId">Id of the declared plugin type implementing it.</param>
    /// <param name="assembly">Identity of the plugin assembly.</param>
    /// <param name="introducedVersion">Solution version the component was introduced in.</param>
    /// <returns>The root element of the step file.</returns>
    /// <exception cref="GenerationException">The message's id is not in <see cref="SdkMessages"/>; such a step gets no file (see <see cref="RegistrationFilesGenerator"/>).</exception>
    public static XElement Build(StepDeclaration step, Guid pluginTypeId, AssemblyIdentity assembly, string introducedVersion)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(assembly);
        Guid messageId = SdkMessages.IdOf(step.Message)
            ?? throw new GenerationException($"Step {step.Name} ({step.Id}): the sdkmessageid of message {step.Message} is not established, so it cannot have a step file; see SdkMessages.");
        var root = new XElement(
            "SdkMessageProcessingStep",
            new XAttribute("Name", step.Name),
            new XAttribute("SdkMessageProcessingStepId", Braced(step.Id)),
            GeneratedXml.XsiDeclaration(),
            new XElement("SdkMessageId", Plain(messageId)));
        root.Add(
            new XElement("PluginTypeName", assembly.QualifiedTypeName(step.PluginTypeFullName)),
            new XElement("PluginTypeId", Plain(pluginTypeId)),
            new XElement("PrimaryEntity", step.PrimaryEntity),
            new XElement("AsyncAutoDelete", step.Mode == AsynchronousMode ? True : False));
        if (step.UnsecureConfiguration is not null)
        {
            // [U] Element name and position of the unsecure configuration are not confirmed by an exported
            // step that has one; no step of this solution uses it yet.
            root.Add(new XElement("CustomConfiguration", step.UnsecureConfiguration));
        }

        root.Add(
            new XElement("Description", step.Name),
            new XElement("FilteringAttributes", string.Join(Separator, step.FilteringAttributes)),
            new XElement("InvocationSource", Number(InvocationSourceOfExportedSteps)),
            new XElement("Mode", Number(step.Mode)),
            new XElement("Rank", Number(step.Rank)),
            new XElement("EventHandlerTypeCode", Number(PluginTypeEventHandler)),
            new XElement("Stage", Number(step.Stage)),
            new XElement("IsCustomizable", True),
            new XElement("IsHidden", False),
            new XElement("SupportedDeployment", Number(ServerOnlyDeployment)),
            new XElement("IntroducedVersion", introducedVersion));
        string property = step.Message == CreateMessage ? CreatedIdProperty : TargetProperty;
        root.Add(new XElement("SdkMessageProcessingStepImages", step.Images.OrderBy(i => i.Alias, StringComparer.Ordinal).Select(i => Image(i, property))));
        return root;
    }

    /// <summary>A GUID in braces and lower case, as exports write component ids.</summary>
    /// <param name="id">The id.</param>
    /// <returns><c>{xxxxxxxx-…}</c>.</returns>
    public static string Braced(Guid id) => id.ToString("B", CultureInfo.InvariantCulture);

    /// <summary>A GUID without braces, lower case, as exports write references.</summary>
    /// <param name="id">The id.</param>
    /// <returns><c>xxxxxxxx-…</c>.</returns>
    public static string Plain(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static XElement Image(StepImageDeclaration image, string messageProperty) => new(
        "SdkMessageProcessingStepImage",
        new XAttribute("Name", image.Alias),
        new XElement("SdkMessageProcessingStepImageId", Braced(image.Id)),
        new XElement("Attributes", string.Join(Separator, image.Attributes)),
        new XElement("EntityAlias", image.Alias),
        new XElement("ImageType", Number(image.ImageType)),
        new XElement("MessagePropertyName", messageProperty),
        new XElement("IsCustomizable", True));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
