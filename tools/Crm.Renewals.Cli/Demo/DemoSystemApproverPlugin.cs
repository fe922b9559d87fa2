using System;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// A customer's plugin that tries to approve on a user's behalf: after an Update of the renewal named in its
/// configuration it approves, as SYSTEM, every concession on it. The gate judges the user who started the operation.
/// </summary>
public sealed class DemoSystemApproverPlugin : IPlugin
{
    private readonly Guid renewal;

    /// <summary>Creates the plugin for the renewal whose id is the step's unsecure configuration.</summary>
    public DemoSystemApproverPlugin(string? unsecureConfiguration, string? secureConfiguration) =>
        renewal = Guid.Parse(unsecureConfiguration ?? throw new ArgumentNullException(nameof(unsecureConfiguration)));

    /// <inheritdoc />
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.PrimaryEntityId != renewal)
        {
            return;
        }

        var system = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
        var query = new QueryExpression(Concession.EntityLogicalName) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(Concession.RenewalOpportunity, ConditionOperator.Equal, renewal);
        foreach (var concession in system.RetrieveMultiple(query).Entities)
        {
            system.Update(new Entity(Concession.EntityLogicalName, concession.Id) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });
        }
    }
}
