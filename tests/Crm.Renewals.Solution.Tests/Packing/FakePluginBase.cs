using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>An abstract base implementing IPlugin, like the solution's PluginBase: not runnable itself.</summary>
public abstract class FakePluginBase : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("packing fixture only");
}
