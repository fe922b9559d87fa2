using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.CustomApis;

/// <summary>Sets test_Echo's integer response property to a string.</summary>
public sealed class WrongOutputTypeApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        ((IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!).OutputParameters["Total"] = "seven";
}
