using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.CustomApis;

/// <summary>Sets a response property test_Echo does not define.</summary>
public sealed class UndefinedOutputApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        ((IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!).OutputParameters["Extra"] = "x";
}
