using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.CustomApis;

/// <summary>test_Score: Score = the bound widget's quantity, read through the organization service.</summary>
public sealed class ScoreApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var target = (EntityReference)context.InputParameters["Target"];
        var widget = factory.CreateOrganizationService(context.UserId).Retrieve(target.LogicalName, target.Id, new ColumnSet(TestSchema.Quantity));
        context.OutputParameters["Score"] = widget.GetAttributeValue<int>(TestSchema.Quantity);
    }
}
