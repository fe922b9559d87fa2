using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

/// <summary>A plugin with only a parameterless constructor; it writes a known value into the Target.</summary>
public sealed class ParameterlessPlugin : IPlugin
{
    public const string Value = "set by a parameterless plugin";

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((Entity)context.InputParameters["Target"])[Notes] = Value;
    }
}
