using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Tests.Approvals;

/// <summary>
/// Another plugin that tries to approve on a user's behalf: after any Update of an opportunity it approves, as SYSTEM,
/// every submitted concession on it. The gate must judge the user who started the operation, not SYSTEM.
/// </summary>
public sealed class SystemApproverPlugin : IPlugin
{
    private static readonly Guid StepId = new("3b0e8a4d-51c2-4e7f-9a36-2c8d1f0b7e95");

    /// <summary>Registers the plugin on Update of opportunities.</summary>
    public static void RegisterOn(OrganizationEmulator org) =>
        org.RegisterStep(new StepRegistration(StepId, typeof(SystemApproverPlugin), SdkMessageNames.Update, Opportunity.EntityLogicalName, PipelineStage.PostOperation));

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var system = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
        var query = new QueryExpression(Concession.EntityLogicalName) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(Concession.RenewalOpportunity, ConditionOperator.Equal, context.PrimaryEntityId);
        foreach (var concession in system.RetrieveMultiple(query).Entities)
        {
            system.Update(new Entity(Concession.EntityLogicalName, concession.Id) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });
        }
    }
}
