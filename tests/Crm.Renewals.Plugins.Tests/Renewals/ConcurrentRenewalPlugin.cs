using System.Globalization;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Renewals;

/// <summary>
/// Plays a concurrent process for race tests: registered after every query of opportunities, it creates
/// the renewal of one contract term the first time the generator checks for existing renewals (the query without
/// links; the open-renewal follow before it links contract and account), between that check and the generator's
/// create, which is exactly the window two real transactions can race in.
/// </summary>
public sealed class ConcurrentRenewalPlugin : IPlugin
{
    private const string DateFormat = "yyyy-MM-dd";
    private static readonly Guid StepId = new("5d0c7c55-8d0e-4a57-9a3e-2f3f5f3e4b61");

    private readonly Guid contractId;
    private readonly DateTime termEnd;

    // A test double may keep state: the racer creates its renewal once, then steps aside.
    private int fired;

    public ConcurrentRenewalPlugin(string unsecureConfiguration, string secureConfiguration)
    {
        var parts = unsecureConfiguration.Split('|');
        contractId = Guid.Parse(parts[0]);
        termEnd = DateTime.SpecifyKind(DateTime.ParseExact(parts[1], DateFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }

    /// <summary>Registers the racer for the term of <paramref name="contractId"/> ending on <paramref name="termEnd"/>.</summary>
    public static void RegisterOn(OrganizationEmulator org, Guid contractId, DateTime termEnd) =>
        org.RegisterStep(new StepRegistration(StepId, typeof(ConcurrentRenewalPlugin), "RetrieveMultiple", Opportunity.EntityLogicalName, PipelineStage.PostOperation)
        {
            UnsecureConfiguration = contractId.ToString("D") + "|" + termEnd.ToString(DateFormat, CultureInfo.InvariantCulture),
        });

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Query"] is Microsoft.Xrm.Sdk.Query.QueryExpression { LinkEntities.Count: > 0 } || Interlocked.Exchange(ref fired, 1) == 1)
        {
            return;
        }

        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(null).Create(new Entity(Opportunity.EntityLogicalName)
        {
            [Opportunity.Name] = "Renewal created by another process",
            [Opportunity.IsRenewal] = true,
            [Opportunity.Contract] = new EntityReference(CustomerContract.EntityLogicalName, contractId),
            [Opportunity.TermEndDate] = termEnd,
        });
    }
}
