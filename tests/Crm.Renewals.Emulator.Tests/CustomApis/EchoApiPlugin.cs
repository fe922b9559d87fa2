using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.CustomApis;

/// <summary>test_Echo: Echo = Text repeated Count (default 1) times; Total = Count.</summary>
public sealed class EchoApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var count = context.InputParameters.TryGetValue<int>("Count", out var given) ? given : 1;
        context.OutputParameters["Echo"] = string.Concat(Enumerable.Repeat((string)context.InputParameters["Text"], count));
        context.OutputParameters["Total"] = count;
    }
}
