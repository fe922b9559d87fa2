using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// The service provider a plugin's <c>Execute</c> receives: the execution context (as both context
/// interfaces), the tracing service and the organization service factory; null for anything else.
/// </summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly PluginExecutionContext context;
    private readonly ITracingService tracing;
    private readonly IOrganizationServiceFactory factory;

    public PluginServiceProvider(PluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        this.context = context;
        this.tracing = tracing;
        this.factory = factory;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext))
        {
            return context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return tracing;
        }

        return serviceType == typeof(IOrganizationServiceFactory) ? factory : null;
    }
}
