using Crm.Renewals.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Infrastructure;

/// <summary>A plugin whose step throws the exception its unsecure configuration names.</summary>
public sealed class FailingPlugin : PluginBase
{
    public const string Unexpected = "unexpected";

    /// <summary>Makes a service call the platform refuses (a column the table does not have).</summary>
    public const string NestedRefusal = "nested";

    public FailingPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        context.Trace("about to fail");
        if (UnsecureConfiguration == NestedRefusal)
        {
            context.SystemService.Create(new Entity(Model.Contact.EntityLogicalName) { ["crr_nosuchcolumn"] = 1 });
        }

        throw UnsecureConfiguration == Unexpected
            ? new InvalidOperationException("the cache was empty")
            : new InvalidPluginExecutionException("Health score must be 0-100.");
    }
}
