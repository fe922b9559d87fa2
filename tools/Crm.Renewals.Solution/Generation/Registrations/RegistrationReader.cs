using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>
/// Reads <c>Crm.Renewals.Plugins.Registration.PluginRegistrations</c> from a loaded plugin assembly by
/// reflection, so this library keeps no reference to the plugin assembly (nor to the SDK it uses).
/// The property names read here are the public surface of the Registration classes.
/// </summary>
public static class RegistrationReader
{
    /// <summary>Full name of the class holding the declarations.</summary>
    public const string RegistrationsTypeName = "Crm.Renewals.Plugins.Registration.PluginRegistrations";

    /// <summary>Reads every declaration.</summary>
    /// <param name="pluginAssembly">The plugin assembly (any target; the declarations are the same code).</param>
    /// <returns>The declarations as plain values.</returns>
    /// <exception cref="GenerationException">The assembly has no registration class or it has an unexpected shape.</exception>
    public static RegistrationSet Read(Assembly pluginAssembly)
    {
        ArgumentNullException.ThrowIfNull(pluginAssembly);
        Type registrations = pluginAssembly.GetType(RegistrationsTypeName)
            ?? throw new GenerationException($"{pluginAssembly.GetName().Name} has no class {RegistrationsTypeName}.");
        Guid assemblyId = (Guid)Static(registrations, "AssemblyId");
        return new RegistrationSet(
            assemblyId,
            Items(registrations, "PluginTypes").Select(ReadPluginType).ToList(),
            Items(registrations, "Steps").Select(ReadStep).ToList(),
            Items(registrations, "CustomApis").Select(ReadCustomApi).ToList());
    }

    private static PluginTypeDeclaration ReadPluginType(object declaration) =>
        new((Guid)Member(declaration, "Id"), TypeName(declaration, "Type"));

    private static StepDeclaration ReadStep(object declaration) => new()
    {
        Id = (Guid)Member(declaration, "Id"),
        PluginTypeFullName = TypeName(declaration, "PluginType"),
        Message = (string)Member(declaration, "Message"),
        PrimaryEntity = (string)Member(declaration, "PrimaryEntity"),
        Stage = EnumValue(declaration, "Stage"),
        Mode = EnumValue(declaration, "Mode"),
        Rank = (int)Member(declaration, "Rank"),
        FilteringAttributes = Strings(declaration, "FilteringAttributes"),
        Images = ((IEnumerable)Member(declaration, "Images")).Cast<object>().Select(ReadImage).ToList(),
        UnsecureConfiguration = (string?)MemberOrNull(declaration, "UnsecureConfiguration"),
    };

    private static StepImageDeclaration ReadImage(object image) =>
        new((Guid)Member(image, "Id"), (string)Member(image, "Alias"), EnumValue(image, "Type"), Strings(image, "Attributes"));

    private static CustomApiBindingDeclaration ReadCustomApi(object binding) =>
        new((string)Member(binding, "UniqueName"), TypeName(binding, "PluginType"));

    private static object Static(Type owner, string name)
    {
        const BindingFlags StaticPublic = BindingFlags.Public | BindingFlags.Static;
        object? value = owner.GetProperty(name, StaticPublic)?.GetValue(null) ?? owner.GetField(name, StaticPublic)?.GetValue(null);
        return value ?? throw new GenerationException($"{owner.FullName}.{name} is missing or null.");
    }

    private static IEnumerable<object> Items(Type owner, string name) => ((IEnumerable)Static(owner, name)).Cast<object>();

    private static object? MemberOrNull(object owner, string name)
    {
        PropertyInfo property = owner.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new GenerationException($"{owner.GetType().FullName} has no public property {name}.");
        return property.GetValue(owner);
    }

    private static object Member(object owner, string name) =>
        MemberOrNull(owner, name) ?? throw new GenerationException($"{owner.GetType().FullName}.{name} is null.");

    private static string TypeName(object owner, string name) =>
        ((Type)Member(owner, name)).FullName ?? throw new GenerationException($"{owner.GetType().FullName}.{name} is a type without a full name.");

    private static int EnumValue(object owner, string name) => Convert.ToInt32(Member(owner, name), CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Strings(object owner, string name) => ((IEnumerable<string>)Member(owner, name)).ToList();
}
