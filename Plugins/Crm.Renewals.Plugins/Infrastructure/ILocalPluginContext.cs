using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>
/// The services of one plugin invocation, resolved once by <see cref="PluginBase"/>.
/// A new instance is created per call, so it may hold per-call state; the plugin may not.
/// </summary>
public interface ILocalPluginContext
{
    /// <summary>The execution context of this call (message, stage, target, images, users).</summary>
    IPluginExecutionContext PluginExecutionContext { get; }

    /// <summary>
    /// The same call seen as <see cref="IExecutionContext"/>, for code shared with places that only have
    /// that interface; the provider's own answer when it gives one.
    /// </summary>
    IExecutionContext ExecutionContext { get; }

    /// <summary>Writes to the plugin trace log.</summary>
    ITracingService TracingService { get; }

    /// <summary>Creates organization services for other users.</summary>
    IOrganizationServiceFactory OrganizationServiceFactory { get; }

    /// <summary>Service acting as the user the step runs as (<c>UserId</c>).</summary>
    IOrganizationService UserService { get; }

    /// <summary>Service acting as SYSTEM, for reads and writes the caller may lack privileges for.</summary>
    IOrganizationService SystemService { get; }

    /// <summary>Service acting as the user who started the operation (<c>InitiatingUserId</c>).</summary>
    IOrganizationService InitiatingUserService { get; }

    /// <summary>Time of the operation: the platform's <c>OperationCreatedOn</c>, never the machine clock.</summary>
    IClock Clock { get; }

    /// <summary>Writes a line to the trace log.</summary>
    void Trace(string message);
}
