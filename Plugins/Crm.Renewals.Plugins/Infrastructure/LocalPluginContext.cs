using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>
/// Resolves the platform services from the service provider once per invocation; the
/// organization services are created on first use because most steps need only one of them.
/// </summary>
internal sealed class LocalPluginContext : ILocalPluginContext
{
    private readonly string pluginName;
    private IOrganizationService? userService;
    private IOrganizationService? systemService;
    private IOrganizationService? initiatingUserService;

    public LocalPluginContext(IServiceProvider serviceProvider, string pluginName)
    {
        this.pluginName = pluginName;
        TracingService = Resolve<ITracingService>(serviceProvider);
        PluginExecutionContext = Resolve<IPluginExecutionContext>(serviceProvider);
        ExecutionContext = serviceProvider.GetService(typeof(IExecutionContext)) as IExecutionContext ?? PluginExecutionContext;
        OrganizationServiceFactory = Resolve<IOrganizationServiceFactory>(serviceProvider);
        Clock = new OperationClock(PluginExecutionContext.OperationCreatedOn);
    }

    public IPluginExecutionContext PluginExecutionContext { get; }

    public IExecutionContext ExecutionContext { get; }

    public ITracingService TracingService { get; }

    public IOrganizationServiceFactory OrganizationServiceFactory { get; }

    public IClock Clock { get; }

    public IOrganizationService UserService =>
        userService ??= OrganizationServiceFactory.CreateOrganizationService(PluginExecutionContext.UserId);

    public IOrganizationService SystemService =>
        systemService ??= OrganizationServiceFactory.CreateOrganizationService(null);

    public IOrganizationService InitiatingUserService =>
        initiatingUserService ??= OrganizationServiceFactory.CreateOrganizationService(PluginExecutionContext.InitiatingUserId);

    public void Trace(string message) => TracingService.Trace("{0}", message);

    private T Resolve<T>(IServiceProvider serviceProvider)
        where T : class
    {
        return serviceProvider.GetService(typeof(T)) as T
            ?? throw new InvalidPluginExecutionException(
                pluginName + ": the service provider did not supply " + typeof(T).Name + "; the step must be registered on a Dataverse message.");
    }
}
