using System;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// Constructs plugins as the platform does: with the <c>(string unsecureConfig, string secureConfig)</c>
/// constructor when the class has one, else the parameterless one.
/// </summary>
internal static class PluginActivator
{
    private static readonly Type[] ConfigurationSignature = [typeof(string), typeof(string)];

    /// <summary>Refuses a type the platform could not run, with what to fix.</summary>
    /// <exception cref="ArgumentException">Not an <see cref="IPlugin"/>, or no usable constructor.</exception>
    public static void Validate(Type pluginType)
    {
        if (!typeof(IPlugin).IsAssignableFrom(pluginType) || pluginType.IsAbstract)
        {
            throw new ArgumentException(pluginType.FullName + " is not a concrete class implementing Microsoft.Xrm.Sdk.IPlugin.", nameof(pluginType));
        }

        if (pluginType.GetConstructor(ConfigurationSignature) is null && pluginType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException(
                pluginType.FullName + " needs a public parameterless constructor or a public (string unsecureConfig, string secureConfig) constructor.",
                nameof(pluginType));
        }
    }

    /// <summary>Creates the instance a step keeps for all its executions.</summary>
    public static IPlugin Create(Type pluginType, string? unsecureConfiguration, string? secureConfiguration)
    {
        try
        {
            return pluginType.GetConstructor(ConfigurationSignature) is { } withConfiguration
                ? (IPlugin)withConfiguration.Invoke([unsecureConfiguration, secureConfiguration])
                : (IPlugin)Activator.CreateInstance(pluginType)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw new OrganizationFaultException(
                ErrorCodes.IsvUnExpected,
                "The constructor of plug-in " + pluginType.FullName + " threw " + exception.InnerException.GetType().Name + ": " + exception.InnerException.Message,
                exception.InnerException);
        }
    }
}
