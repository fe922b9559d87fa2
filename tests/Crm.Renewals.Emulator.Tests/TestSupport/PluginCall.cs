using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.TestSupport;

/// <summary>What a test plugin's behaviour receives: the services the platform passed to Execute.</summary>
public sealed class PluginCall
{
    public PluginCall(IServiceProvider provider)
    {
        Provider = provider;
        Context = (IPluginExecutionContext)provider.GetService(typeof(IPluginExecutionContext))!;
        Tracing = (ITracingService)provider.GetService(typeof(ITracingService))!;
        Factory = (IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!;
    }

    public IServiceProvider Provider { get; }

    public IPluginExecutionContext Context { get; }

    public ITracingService Tracing { get; }

    public IOrganizationServiceFactory Factory { get; }

    /// <summary>A service acting as the step's user, as plugins usually make one.</summary>
    public IOrganizationService Service => Factory.CreateOrganizationService(Context.UserId);

    public Entity Target => (Entity)Context.InputParameters["Target"];
}
