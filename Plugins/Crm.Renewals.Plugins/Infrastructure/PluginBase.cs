using System;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>
/// The one base class of every plugin in this assembly. It resolves the services, traces entry and
/// exit with the elapsed time, and turns unexpected faults into <see cref="InvalidPluginExecutionException"/>
/// so the user sees a message instead of "An unexpected error occurred from ISV code".
/// </summary>
/// <remarks>
/// Dataverse caches one instance per step and may call it from several threads at once, so a derived
/// plugin must keep no per-call state in fields: everything it needs comes from the
/// <see cref="ILocalPluginContext"/> or from configuration received in the constructor.
/// </remarks>
public abstract class PluginBase : IPlugin
{
    /// <summary>Creates the plugin; configuration strings are those of the step registration.</summary>
    /// <param name="unsecureConfiguration">The step's unsecure configuration, or null.</param>
    /// <param name="secureConfiguration">The step's secure configuration, or null.</param>
    protected PluginBase(string? unsecureConfiguration = null, string? secureConfiguration = null)
    {
        UnsecureConfiguration = unsecureConfiguration;
        SecureConfiguration = secureConfiguration;
        PluginName = GetType().FullName ?? GetType().Name;
    }

    /// <summary>Full name of the concrete plugin class, used in traces and messages.</summary>
    protected string PluginName { get; }

    /// <summary>The step's unsecure configuration, or null.</summary>
    protected string? UnsecureConfiguration { get; }

    /// <summary>The step's secure configuration, or null.</summary>
    protected string? SecureConfiguration { get; }

    /// <summary>Called by the platform for each execution of a step bound to this plugin.</summary>
    /// <param name="serviceProvider">The platform's service provider for this call.</param>
    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider is null)
        {
            throw new InvalidPluginExecutionException(PluginName + ": no service provider was passed to Execute.");
        }

        var context = new LocalPluginContext(serviceProvider, PluginName);
        var execution = context.PluginExecutionContext;
        context.TracingService.Trace(
            "Entered {0}: {1} of {2}, stage {3}, depth {4}, correlation {5}, initiating user {6}",
            PluginName,
            execution.MessageName,
            execution.PrimaryEntityName,
            execution.Stage,
            execution.Depth,
            execution.CorrelationId,
            execution.InitiatingUserId);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            ExecutePlugin(context);
        }
        catch (InvalidPluginExecutionException exception)
        {
            context.TracingService.Trace("{0} refused the operation: {1}", PluginName, exception.Message);
            throw;
        }
        catch (Exception exception) when (PlatformFault.Read(exception) is { } fault)
        {
            // A nested call the platform refused (a privilege, a duplicate, another step's refusal): its message and
            // code reach the caller as they are, not as "failed unexpectedly".
            context.TracingService.Trace("{0}: a service call failed with {1}: {2}", PluginName, fault.Code, fault.Message);
            throw new InvalidPluginExecutionException(OperationStatus.Failed, fault.Code, fault.Message);
        }
        catch (Exception exception)
        {
            context.TracingService.Trace("{0} failed: {1}", PluginName, exception.ToString());
            throw new InvalidPluginExecutionException(
                string.Format(CultureInfo.InvariantCulture, "{0} failed unexpectedly: {1}", PluginName, exception.Message),
                exception);
        }
        finally
        {
            context.TracingService.Trace("Exited {0} after {1} ms", PluginName, stopwatch.ElapsedMilliseconds);
        }
    }

    /// <summary>The step's work: read the context, call the domain, write the result.</summary>
    /// <param name="context">The services of this call.</param>
    protected abstract void ExecutePlugin(ILocalPluginContext context);
}
