using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>A plugin: code Dataverse runs in the event pipeline of a message.</summary>
public interface IPlugin
{
    /// <summary>Runs the plugin; the services (context, tracing, organization service factory) come from <paramref name="serviceProvider"/>.</summary>
    /// <param name="serviceProvider">The platform's service provider.</param>
    void Execute(IServiceProvider serviceProvider);
}
