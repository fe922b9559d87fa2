using System;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// A step of one organization: its registration and the single plugin instance the platform caches for
/// it, constructed on first execution and reused by every later one.
/// </summary>
internal sealed class RegisteredStep
{
    private readonly object creation = new();
    private IPlugin? plugin;

    public RegisteredStep(StepRegistration registration, string? secureConfiguration, int order, Guid? runAsUserId = null)
    {
        RunAsUserId = runAsUserId;
        Registration = registration;
        SecureConfiguration = secureConfiguration;
        Order = order;
    }

    public StepRegistration Registration { get; }

    /// <summary>The user the step runs as whoever calls (the step's <c>ImpersonatingUserId</c>), or null for the calling user.</summary>
    public Guid? RunAsUserId { get; }

    public string? SecureConfiguration { get; }

    /// <summary>Registration order, the tie-breaker between steps of equal rank.</summary>
    public int Order { get; }

    public string Name => Registration.Name;

    public Type PluginType => Registration.PluginType;

    public int Stage => (int)Registration.Stage;

    /// <summary>The one instance the platform caches for the step, created on first use and shared by every thread.</summary>
    public IPlugin Plugin
    {
        get
        {
            if (System.Threading.Volatile.Read(ref plugin) is { } created)
            {
                return created;
            }

            // Constructed exactly once, even when the first calls come on several threads; a constructor that throws is tried again next time.
            lock (creation)
            {
                return plugin ??= PluginActivator.Create(Registration.PluginType, Registration.UnsecureConfiguration, SecureConfiguration);
            }
        }
    }

    /// <summary>Whether the step runs for an Update whose Target has <paramref name="target"/>'s columns.</summary>
    public bool PassesFilter(Entity? target)
    {
        if (Registration.FilteringAttributes.Count == 0 || target is null)
        {
            return true;
        }

        foreach (var attribute in Registration.FilteringAttributes)
        {
            if (target.Contains(attribute))
            {
                return true;
            }
        }

        return false;
    }
}
