using System;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// Stages two approvals at the same moment on one renewal. Registered in PreOperation of concession Update after the
/// gate, when the concession named first in its configuration ("first;rival") is being approved it approves the rival:
/// the first approval was judged on a total the rival has since changed, as when two approvers click together.
/// </summary>
public sealed class DemoRivalApproverPlugin : IPlugin
{
    private readonly Guid first;
    private readonly Guid rival;

    /// <summary>Creates the plugin from its unsecure configuration, "first id;rival id".</summary>
    public DemoRivalApproverPlugin(string? unsecureConfiguration, string? secureConfiguration)
    {
        var ids = (unsecureConfiguration ?? throw new ArgumentNullException(nameof(unsecureConfiguration))).Split(';');
        first = Guid.Parse(ids[0]);
        rival = Guid.Parse(ids[1]);
    }

    /// <inheritdoc />
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.PrimaryEntityId != first)
        {
            return;
        }

        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(context.InitiatingUserId).Update(
            new Entity(Concession.EntityLogicalName, rival) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });
    }
}
